import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileSchema } from '../../shared/domain';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { hostileXlsx, sheetXml } from '../fixtures/hostile/workbooks';
import { deflateRepeated } from '../fixtures/hostile/zip';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string): string => join(root, 'tests/fixtures/xlsx', name);

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line', () => {
  it('imports a clean sheet as a backup file, exit 0', () => {
    const r = cli('import', fixture('618-schedule-sample.xlsx'), '--kind', 'schedule', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { problems: unknown[] };
    const backup = backupFileSchema.parse(out);
    expect(backup.plans[0]!.tasks).toHaveLength(9);
    expect(out.problems).toEqual([]);
  });

  it('exits 1 and lists the problems when rows are broken', () => {
    const r = cli('import', fixture('schedule-broken.xlsx'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      problems: { row: number; code: string }[];
      plans: { tasks: unknown[] }[];
    };
    expect(out.problems.map((p) => p.code)).toContain('dependencyLoop');
    expect(out.plans[0]!.tasks).toHaveLength(2);
  });

  it('reads the sheet named by --sheet, as the mapping screen’s sheet picker does', () => {
    const best = JSON.parse(cli('import', fixture('schedule-cover-sheet.xlsx'), '--json').stdout) as {
      import: { sheet: string };
      plans: { tasks: unknown[] }[];
    };
    expect(best.import.sheet).toBe('排期表');
    expect(best.plans[0]!.tasks).toHaveLength(3);
    const cover = cli('import', fixture('schedule-cover-sheet.xlsx'), '--sheet', '说明', '--json');
    expect(cover.code).toBe(1);
    const out = JSON.parse(cover.stdout) as { import: { sheet: string }; problems: { code: string }[] };
    expect(out.import.sheet).toBe('说明');
    expect(out.problems.map((p) => p.code)).toEqual(['noTitleColumn']);
  });

  it('names the file, sheet, row and column of each problem in its text output', () => {
    const r = cli('import', fixture('schedule-gbk.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'schedule-gbk.csv, Sheet1, row 6, column F (结束日期): The date "11月31日" does not exist.',
    );
  });

  it('exits 2 when the file cannot be read', () => {
    expect(cli('import', fixture('random-bytes.xlsx'), '--json').code).toBe(2);
    expect(cli('import', fixture('truncated.xlsx')).code).toBe(2);
    expect(cli('import', join(root, 'no-such-file.xlsx')).code).toBe(2);
  });

  it('exports the three workbooks from a backup file, and the plan workbook imports back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-cli-'));
    const doc = generateLargePlan({ tasks: 20, links: 10, seed: 2 });
    const planJson = join(dir, 'plan.json');
    writeFileSync(
      planJson,
      JSON.stringify({
        format: 'campaign-desk-backup',
        dataVersion: 1,
        exportedAt: '2026-11-23T00:00:00Z',
        plans: [doc],
      }),
    );
    const r = cli(
      'export',
      planJson,
      '--budget',
      join(dir, 'b.xlsx'),
      '--schedule',
      join(dir, 's.xlsx'),
      '--plan',
      join(dir, 'p.xlsx'),
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'b.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const back = cli('import', join(dir, 'p.xlsx'), '--json');
    expect(back.code).toBe(0);
    expect(backupFileSchema.parse(JSON.parse(back.stdout)).plans[0]).toEqual(doc);
  });

  it('refuses a zip bomb that lies about its size by name, exit 2, before SheetJS inflates it', () => {
    const row = '<row><c t="inlineStr"><is><t>' + 'a'.repeat(100) + '</t></is></c></row>';
    const chunk = row.repeat(Math.ceil(1_048_576 / row.length));
    const open = sheetXml('').replace('</sheetData></worksheet>', '');
    const deflated = deflateRepeated(open, chunk, 300, '</sheetData></worksheet>');
    const bytes = hostileXlsx({ sheets: [{ name: '炸弹', deflated, declaredSize: 1000 }] });
    const dir = mkdtempSync(join(tmpdir(), 'cli-bomb-'));
    writeFileSync(join(dir, 'liar.xlsx'), bytes);
    const r = cli('import', join(dir, 'liar.xlsx'), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'liar.xlsx, xl/worksheets/sheet1.xml unpacks to more than 256 MB although the file declares it much smaller',
    );
    const out = JSON.parse(r.stdout) as { error: boolean; problems: { code: string }[] };
    expect(out.problems.map((p) => p.code)).toEqual(['inflatesTooLarge']);
  });
});
