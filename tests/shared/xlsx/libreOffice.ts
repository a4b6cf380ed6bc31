import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

/**
 * LibreOffice, headless, as a second spreadsheet program that reads the exported workbooks:
 * it prints them to PDF (page setup, "###") and recalculates their formulas (CSV).
 */

/** `soffice` from SOFFICE_PATH, /usr/bin or the PATH; null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/local/bin/soffice'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const found = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/**
 * A throw-away LibreOffice profile that recalculates every formula of an .xlsx on load
 * (OOXMLRecalcMode 0 = always), so what it prints and saves is its own arithmetic.
 */
function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** UTF-8, comma-separated, raw values (not as shown), every sheet to its own file. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * Converts workbooks (name → bytes) in one LibreOffice run and returns every file it wrote,
 * by file name ("budget.pdf", or "budget-汇总.csv" for each sheet of a CSV conversion).
 */
export function convertWithLibreOffice(
  soffice: string,
  files: Record<string, Uint8Array>,
  target: 'pdf' | typeof CSV_ALL_SHEETS,
): Map<string, Buffer> {
  const profile = freshProfile();
  const work = mkdtempSync(join(tmpdir(), 'cd-lo-work-'));
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const path = join(work, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const out = join(work, 'out');
    mkdirSync(out);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        target,
        '--outdir',
        out,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
    return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The workbook without the values the exporter cached for its formulas, so a reader that shows
 * the right figures must have calculated them from the formulas.
 */
export function withoutCachedFormulaValues(bytes: Uint8Array): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const entry of zip.FullPaths.filter((p: string) => /\/xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const file = XLSX.CFB.find(zip, entry);
    if (!file?.content) continue;
    const xml = decoder
      .decode(file.content as Uint8Array)
      .replace(/(<c\b[^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1$2')
      .replace(/(<c\b[^>]*?) t="(?:n|str|s|e|b)"([^>]*><f>)/g, '$1$2');
    XLSX.CFB.utils.cfb_add(zip, entry, encoder.encode(xml));
  }
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}

/** A CSV as rows of fields (quotes and doubled quotes handled; fields hold no line breaks here). */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
          fields.push(field);
          field = '';
        } else field += ch;
      }
      fields.push(field);
      return fields;
    });
}
