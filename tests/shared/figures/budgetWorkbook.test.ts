import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { computeBudgetSummary } from '../../../shared/budget/totals';
import { exportBudgetWorkbook } from '../../../shared/xlsx';
import { workedPlan } from './workedPlan';

/**
 * Issue 11 point 4: the finance workbook agrees with the budget screen to the cent — the same
 * variance rule (said in a note row), the cap, the reserve and 已承诺 — hand values from
 * docs/figures.md's worked plan: variance −¥7,000, committed ¥140,000, cap ¥400,000, reserve ¥20,000.
 */

const exportedAt = '2026-12-08T10:00:00.000Z';
const SOFFICE = '/usr/bin/soffice';

function rowsOf(sheet: XLSX.WorkSheet): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
}

function valueAfter(rows: unknown[][], label: string, col = 1): unknown {
  return rows.find((r) => r[0] === label)?.[col];
}

describe('the budget workbook agrees with the screen', () => {
  const doc = workedPlan();
  const bytes = exportBudgetWorkbook(doc, { language: 'zh', exportedAt });
  const rows = rowsOf(XLSX.read(bytes, { type: 'array' }).Sheets['汇总']!);

  it('writes the screen’s variance, committed, cap and reserve, and says the variance rule', () => {
    const screen = computeBudgetSummary(doc);
    expect(screen.total.varianceMinor).toBe(-700_000);
    expect(valueAfter(rows, '差异合计（实际 − 预算）')).toBe(-7_000);
    expect(valueAfter(rows, '已承诺合计')).toBe(140_000);
    expect(valueAfter(rows, '预算上限')).toBe(400_000);
    expect(valueAfter(rows, '预备金（应急）')).toBe(20_000);
    expect(valueAfter(rows, '剩余可分配（上限 − 预备金 − 预算）')).toBe(40_000);
    expect(rows.some((r) => String(r[0]).startsWith('差异只计已录入实际金额的明细行'))).toBe(true);
    // 客服/人力 has no actual: no variance (0), not −¥10,000
    const staff = rows.find((r) => r[0] === '客服/人力');
    expect(staff?.slice(1, 5)).toEqual([10_000, 0, 0, 0]);
    const ads = rows.find((r) => r[0] === '推广/广告投放');
    expect(ads?.slice(1, 5)).toEqual([80_000, 79_000, -1_000, 80_000]);
  });

  it.skipIf(!existsSync(SOFFICE))(
    'recalculates to the same figures in LibreOffice',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'figures-lo-'));
      // A profile that recalculates every formula on load, so the cached values are not what is read.
      const profile = join(dir, 'profile');
      const user = join(profile, 'user');
      execFileSync('mkdir', ['-p', user]);
      writeFileSync(
        join(user, 'registrymodifications.xcu'),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
      // Cached values zeroed: only a real recalculation gives the hand-worked figures back.
      const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
      for (const name of wb.SheetNames) {
        const ws = wb.Sheets[name]!;
        for (const [addr, cell] of Object.entries(ws)) {
          if (!addr.startsWith('!') && (cell as XLSX.CellObject).f) (cell as XLSX.CellObject).v = 0;
        }
      }
      const input = join(dir, 'budget.xlsx');
      writeFileSync(input, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          join(dir, 'out'),
          input,
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const back = rowsOf(
        XLSX.read(readFileSync(join(dir, 'out', 'budget.xlsx')), { type: 'array' }).Sheets['汇总']!,
      );
      expect(valueAfter(back, '预算合计')).toBe(340_000);
      expect(valueAfter(back, '差异合计（实际 − 预算）')).toBe(-7_000);
      expect(valueAfter(back, '已承诺合计')).toBe(140_000);
      expect(valueAfter(back, '剩余可分配（上限 − 预备金 − 预算）')).toBe(40_000);
      expect(back.find((r) => r[0] === '推广/广告投放')?.slice(1, 5)).toEqual([
        80_000, 79_000, -1_000, 80_000,
      ]);
    },
    180_000,
  );
});
