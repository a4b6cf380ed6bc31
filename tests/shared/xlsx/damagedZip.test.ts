import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { importFile } from '../../../shared/xlsx';
import { fixture } from './helpers';
import { storedCopy } from '../../../shared/xlsx/read/storedZip';
import { zipDirectory } from '../../../shared/xlsx/read/zipGuard';
import { declarePartSize as declareSize } from '../../fixtures/hostile/zip';

interface ChildResult {
  budgetLines: number | null;
  problems: { code: string; zh: string; en: string }[];
}

/** Imports `bytes` in a child process with a time limit: a hang fails the test, not the run. */
function importInChild(bytes: Uint8Array, fileName: string): ChildResult {
  const dir = mkdtempSync(join(tmpdir(), 'cd-damaged-'));
  const path = join(dir, fileName);
  writeFileSync(path, bytes);
  const script = fileURLToPath(new URL('./importInChild.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, path, fileName], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(child.error?.message ?? '', 'the import must finish within 30 s').toBe('');
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as ChildResult;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Where the data of the zip's first deflated part starts (by its central directory). */
function firstDeflatedData(zip: Uint8Array): number {
  let end = zip.length - 22;
  while (u32(zip, end) !== 0x06054b50) end--;
  let at = u32(zip, end + 16);
  for (let n = u16(zip, end + 10); n > 0; n--) {
    const local = u32(zip, at + 42);
    if (u16(zip, at + 10) === 8) return local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
  }
  throw new Error('no deflated part');
}

describe('a damaged .xlsx never hangs the app', () => {
  it('reads a workbook whose local headers were changed, by its central directory, in bounded time', () => {
    // Bytes changed in the first part's local header (its compression method among them), drawn
    // by the importer's property test with FC_SEED=523209898: SheetJS took the local header's
    // word, inflated stored XML as deflate data and never came back.
    const bytes = fixture('618-budget-sample.xlsx').slice();
    const flips: [number, number][] = [
      [13, 140],
      [16888, 218],
      [4, 51],
      [2806, 141],
      [16626, 252],
      [11, 63],
      [888, 7],
      [875, 104],
      [8, 8],
    ];
    for (const [at, value] of flips) bytes[at] = value;
    const r = importInChild(bytes, '618预算.xlsx');
    // Read, or refused with a reason: either way it came back, and said so in both languages.
    if (r.budgetLines === null) {
      expect(r.problems[0]!.zh).toContain('618预算.xlsx');
      expect(r.problems[0]!.en).toContain('618预算.xlsx');
    } else expect(r.budgetLines).toBeGreaterThan(0);
  });

  it('refuses a part whose deflate data is damaged as a damaged file, naming it', () => {
    // The fixture as Excel writes its parts, deflated (SheetJS stored them): read whole first.
    const deflated = zipSync(unzipSync(fixture('618-budget-sample.xlsx')), { level: 6 });
    expect(importInChild(deflated, '618预算.xlsx').budgetLines).toBe(
      importInChild(fixture('618-budget-sample.xlsx'), '618预算.xlsx').budgetLines,
    );
    // The first block's type bits set to 11, which deflate reserves: no reader can go on.
    const bytes = deflated.slice();
    bytes[firstDeflatedData(bytes)]! |= 0b110;
    const r = importInChild(bytes, '618预算.xlsx');
    expect(r.budgetLines).toBeNull();
    expect(r.problems[0]!.code).toBe('damagedFile');
    expect(r.problems[0]!.zh).toContain('618预算.xlsx');
    expect(r.problems[0]!.zh).toContain('已损坏');
    expect(r.problems[0]!.en).toContain('damaged');
  });
});

describe('a part that inflates to more than its zip declares', () => {
  // The fixture's parts deflated by fflate, as Excel would write them; the sheet is 2,496 bytes.
  const deflated = zipSync(unzipSync(fixture('618-budget-sample.xlsx')), { level: 6 });

  it('is refused as a damaged file, naming it, instead of being read cut short', () => {
    // Cut at the declared size, the sheet lost its last rows and its closing tags: the import
    // said "no readable sheet", or read the lines before the cut as if they were all.
    for (const size of [1800, 2495, 200]) {
      const r = importInChild(declareSize(deflated, 'xl/worksheets/sheet1.xml', size), '618预算.xlsx');
      expect(r.budgetLines, `declared ${size}`).toBeNull();
      expect(r.problems.map((p) => p.code)).toEqual(['damagedFile']);
      expect(r.problems[0]!.zh).toContain('618预算.xlsx');
      expect(r.problems[0]!.zh).toContain('已损坏');
      expect(r.problems[0]!.en).toContain('618预算.xlsx');
      expect(r.problems[0]!.en).toContain('damaged');
    }
  });

  it('is refused in any part, not only a sheet', () => {
    // Cut, the styles lost their number formats (a date cell would read as a plain number) and the
    // workbook was read as if nothing were wrong.
    const r = importInChild(declareSize(deflated, 'xl/styles.xml', 580), '618预算.xlsx');
    expect(r.budgetLines).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(['damagedFile']);
  });

  it('hands SheetJS every part stored, inflated whole, in the one pass', () => {
    const stored = storedCopy(deflated, 256 * 1024 * 1024);
    if (!stored.ok) throw new Error(`not unpacked: ${stored.problem}`);
    const entries = zipDirectory(stored.bytes)!.entries;
    expect(entries.map((e) => e.method)).toEqual(entries.map(() => 0));
    expect(unzipSync(stored.bytes)).toEqual(unzipSync(fixture('618-budget-sample.xlsx')));
  });

  it('still reads the workbook whose sizes are true, and one that declares a part larger', () => {
    const whole = importInChild(deflated, '618预算.xlsx');
    expect(whole.budgetLines).toBeGreaterThan(0);
    expect(whole.problems.map((p) => p.code)).not.toContain('damagedFile');
    const roomy = importInChild(declareSize(deflated, 'xl/worksheets/sheet1.xml', 4000), '618预算.xlsx');
    expect(roomy.budgetLines).toBe(whole.budgetLines);
  });
});

describe('a workbook with a password to open it', () => {
  const ctx = { fileName: '加密预算.xlsx', today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' };
  const saysPassword = (r: ReturnType<typeof importFile>) => {
    expect(r.value).toBeNull();
    expect(r.problems[0]!.code).toBe('passwordProtected');
    expect(r.problems[0]!.message.zh).toContain('加密预算.xlsx');
    expect(r.problems[0]!.message.zh).toContain('密码');
    expect(r.problems[0]!.message.en).toContain('password-protected');
  };

  it('as Office stores it (an OLE container with an EncryptedPackage stream) is named as such, not as damaged', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array(64).fill(4));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    saysPassword(importFile(bytes, { context: ctx }));
  });

  it('as a zip encrypted with a password (its parts marked encrypted) is named as such', () => {
    const bytes = fixture('618-budget-sample.xlsx').slice();
    bytes[6]! |= 1; // the first part's general-purpose flag: encrypted
    saysPassword(importFile(bytes, { context: ctx }));
  });
});
