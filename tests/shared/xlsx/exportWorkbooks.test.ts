import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Task } from '../../../shared/domain';
import { exportBudgetWorkbook, exportScheduleWorkbook, importFile } from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';
import { smallPlan } from './budgetFixture';

const exportedAt = '2026-11-23T08:00:00.000Z';

function read(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: true });
}

/** Recalculates the summary's SUM/SUMIF formulas independently of the cached values. */
function recalc(wb: XLSX.WorkBook, sheet: string, addr: string): number {
  const cell = wb.Sheets[sheet]![addr]!;
  if (!cell.f) return Number(cell.v ?? 0);
  const f = cell.f;
  const rangeValues = (ref: string): XLSX.CellObject[] => {
    const m = /^(?:'((?:[^']|'')+)'!)?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
    const ws = wb.Sheets[m[1] ? m[1].replace(/''/g, "'") : sheet]!;
    const out: XLSX.CellObject[] = [];
    for (let r = Number(m[3]); r <= Number(m[5]); r++) {
      for (let c = XLSX.utils.decode_col(m[2]!); c <= XLSX.utils.decode_col(m[4]!); c++)
        out.push(ws[XLSX.utils.encode_cell({ r: r - 1, c })] ?? { t: 'z' });
    }
    return out;
  };
  const sum = (cells: XLSX.CellObject[]): number =>
    cells.reduce((s, c) => s + (c.t === 'n' ? Number(c.v) : 0), 0);
  const expr = f
    .replace(/SUMIF\(([^,]+),([^,]+),([^)]+)\)/g, (_m: string, crit: string, what: string, vals: string) => {
      const keys = rangeValues(crit);
      const values = rangeValues(vals);
      const wanted = what.startsWith('"')
        ? what
            .slice(2, -1)
            .replace(/""/g, '"')
            .replace(/~([*?~])/g, '$1')
        : String(wb.Sheets[sheet]![what.replace(/\$/g, '')]!.v);
      return String(
        sum(values.filter((_, i) => String(keys[i]?.v ?? '').toLowerCase() === wanted.toLowerCase())),
      );
    })
    .replace(/SUM\(([^)]+)\)/g, (_m: string, ref: string) => String(sum(rangeValues(ref))))
    .replace(/\b([A-Z]+\d+)\b/g, (a: string) => String(recalc(wb, sheet, a)));
  // Only digits, dots, signs and parentheses remain: evaluate the arithmetic by hand.
  return arithmetic(expr);
}

function arithmetic(expr: string): number {
  const tokens = expr.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|[-+()]/g) ?? [];
  let i = 0;
  const term = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sumExpr();
      i++;
      return v;
    }
    if (t === '-') return -term();
    return Number(t);
  };
  const sumExpr = (): number => {
    let v = term();
    while (tokens[i] === '+' || tokens[i] === '-') {
      const op = tokens[i++];
      const w = term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };
  return sumExpr();
}

describe('the budget workbook for finance', () => {
  const doc = smallPlan();
  const wb = read(exportBudgetWorkbook(doc, { language: 'zh', exportedAt }));
  const summary = wb.Sheets['汇总']!;
  const lines = wb.Sheets['预算明细']!;

  it('has a summary header saying which plan, version, when and which currency', () => {
    expect(summary.A2!.v).toBe('计划');
    expect(summary.B2!.v).toBe('双11 预算');
    expect(summary.A3!.v).toBe('版本（最后保存）');
    expect(summary.B4!.t).toBe('n'); // exported at: a real date-time
    expect(summary.B5!.v).toBe('CNY');
  });

  it('writes money as numbers with #,##0.00, dates as dates, and a variance formula', () => {
    expect(lines.I2).toMatchObject({ t: 'n', v: 1_800_000, z: '#,##0.00' });
    expect(lines.K2).toMatchObject({ t: 'n', v: 1_750_000.5 });
    expect(lines.L2!.f).toBe('IF(K2="","",K2-I2)');
    expect(lines.L2!.v).toBe(-49_999.5);
    expect(lines.L4!.v).toBe(-1_334.56); // −100.00 − 1,234.56
    expect(lines.K3).toBeUndefined(); // no actual yet: blank, not 0
    expect(lines.M2!.t).toBe('n');
    expect(XLSX.SSF.format(lines.M2!.z as string, lines.M2!.v)).toBe('2026-11-15');
    expect(lines['!autofilter']).toEqual({ ref: 'A1:N5' });
  });

  it('keeps formula-like text as text and negative numbers as numbers', () => {
    for (const addr of ['E3', 'E4', 'F2', 'N2', 'C3']) {
      expect(lines[addr]!.t).toBe('s');
      expect(lines[addr]!.f).toBeUndefined();
    }
    expect(lines.E3!.v).toBe('+86 13800000000');
    expect(lines.F2!.v).toBe('=cmd|/c calc');
    expect(lines.K4).toMatchObject({ t: 'n', v: -100 });
  });

  it('totals by category, channel and phase are SUM/SUMIF formulas that recalculate to the right amounts', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(summary, { header: 1, defval: null });
    const find = (label: string, after = 0): number =>
      rows.findIndex((r, i) => i >= after && r[0] === label) + 1;
    const byCat = find('按费用类别');
    expect(summary[`B${byCat + 2}`]!.f).toBe(
      "SUMIF('预算明细'!$B$2:$B$5,$A" + (byCat + 2) + ",'预算明细'!$I$2:$I$5)",
    );
    // 达人*合作 holds a wildcard: its criterion is an escaped literal.
    expect(summary[`B${byCat + 3}`]!.f).toContain('"=达人~*合作"');
    // docs/exports.md, "Worked example": variance only over lines that have an actual.
    const expected: [string, number, number, number][] = [
      ['广告投放', 2_300_000, 1_750_000.5, -49_999.5],
      ['达人*合作', 1_234.56, -100, -1_334.56],
      ['（未分类）', 300_000, 0, 0],
      ['合计', 2_601_234.56, 1_749_900.5, -51_334.06],
    ];
    expected.forEach(([label, planned, actual, variance], k) => {
      const r = byCat + 2 + k;
      expect(summary[`A${r}`]!.v).toBe(label);
      expect(recalc(wb, '汇总', `B${r}`)).toBeCloseTo(planned, 6);
      expect(recalc(wb, '汇总', `C${r}`)).toBeCloseTo(actual, 6);
      expect(recalc(wb, '汇总', `D${r}`)).toBeCloseTo(variance, 6);
      expect(summary[`B${r}`]!.v).toBeCloseTo(planned, 6); // cached value agrees
      expect(summary[`D${r}`]!.v).toBeCloseTo(variance, 6);
    });
    const byChannel = find('按渠道');
    expect(summary[`A${byChannel + 3}`]!.v).toBe('=1+1');
    expect(summary[`A${byChannel + 3}`]!.t).toBe('s');
    expect(summary[`B${byChannel + 3}`]!.f).toContain('"==1+1"'); // an exact match, not the operator =
    expect(recalc(wb, '汇总', `B${byChannel + 2}`)).toBeCloseTo(1_801_234.56, 6); // 抖音
    expect(recalc(wb, '汇总', `B${byChannel + 3}`)).toBeCloseTo(500_000, 6);
    expect(recalc(wb, '汇总', 'B6')).toBeCloseTo(2_601_234.56, 6);
    // Variance only over the lines with an actual (as on the budget screen), not 1,749,900.5 −
    // 2,601,234.56: L2 −49,999.5 + L4 −1,334.56 = −51,334.06; line 3 has no actual.
    expect(summary.B8!.f).toBe("SUM('预算明细'!$L$2:$L$5)");
    expect(recalc(wb, '汇总', 'B8')).toBeCloseTo(-51_334.06, 6);
    expect(summary.B8!.v).toBeCloseTo(-51_334.06, 6);
    expect(String(summary.A9!.v)).toContain('差异只计已录入实际金额的明细行');
  });

  it('freezes the header row and uses the interface language', () => {
    const en = read(exportBudgetWorkbook(doc, { language: 'en', exportedAt }));
    expect(en.SheetNames).toEqual(['Summary', 'Budget lines']);
    expect(en.Sheets['Budget lines']!.I1!.v).toBe('Planned');
    const zip = XLSX.CFB.read(exportBudgetWorkbook(doc, { language: 'zh', exportedAt }), { type: 'array' });
    const xml = new TextDecoder().decode(
      XLSX.CFB.find(zip, '/xl/worksheets/sheet2.xml')!.content as Uint8Array,
    );
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).not.toMatch(/<f>[^<]*cmd/);
  });

  it('imports back as the same budget lines', () => {
    const back = importFile(exportBudgetWorkbook(doc, { language: 'zh', exportedAt }), {
      context: { fileName: 'b.xlsx' },
    });
    expect(back.value!.kind).toBe('budget');
    expect(
      back.value!.document.budgetLines.map((l) => [l.item, l.plannedMinor, l.actualMinor, l.vendor, l.notes]),
    ).toEqual(doc.budgetLines.map((l) => [l.item, l.plannedMinor, l.actualMinor, l.vendor, l.notes]));
  });
});

describe('the schedule workbook', () => {
  const doc = generateLargePlan({ tasks: 12, links: 6, seed: 5 });
  const bytes = exportScheduleWorkbook(doc, { language: 'zh', exportedAt });
  const wb = read(bytes);

  it('lists the tasks with real dates, a duration formula and predecessors by number', () => {
    const ws = wb.Sheets['任务']!;
    expect(['A1', 'B1', 'C1', 'F1', 'G1', 'H1', 'I1', 'J1', 'K1', 'L1'].map((a) => ws[a]!.v)).toEqual([
      '序号',
      '阶段',
      '工作事项',
      '开始日期',
      '结束日期',
      '工期(天)',
      '前置任务',
      '里程碑',
      '状态',
      '进度',
    ]);
    expect(ws.F2!.z).toBe('yyyy-mm-dd');
    expect(ws.H2!.f).toBe('G2-F2+1');
  });

  it('shades each task’s span in the grid with its phase colour', () => {
    const zip = XLSX.CFB.read(bytes, { type: 'array' });
    const xml = new TextDecoder().decode(
      XLSX.CFB.find(zip, '/xl/worksheets/sheet2.xml')!.content as Uint8Array,
    );
    const styles = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/styles.xml')!.content as Uint8Array);
    const grid = wb.Sheets['甘特图']!;
    const sorted = [...doc.tasks].sort((a, b) => a.order - b.order);
    const first = sorted.reduce((m, t) => (t.startDate < m ? t.startDate : m), sorted[0]!.startDate);
    const task: Task = sorted.find((t) => !t.isMilestone)!;
    const row = sorted.indexOf(task) + 3;
    const dayCol = (iso: string): string =>
      XLSX.utils.encode_col(3 + (Date.parse(iso) - Date.parse(first)) / 86_400_000);
    const styleOf = (addr: string): number | null => {
      const m = new RegExp(`<c r="${addr}" s="(\\d+)"`).exec(xml);
      return m ? Number(m[1]) : null;
    };
    const inside = styleOf(`${dayCol(task.startDate)}${row}`);
    expect(inside).not.toBeNull();
    expect(styleOf(`${dayCol(task.endDate)}${row}`)).toBe(inside);
    const before = XLSX.utils.decode_col(dayCol(task.startDate)) - 1;
    if (before >= 3) expect(styleOf(`${XLSX.utils.encode_col(before)}${row}`)).toBeNull();
    const phase = doc.phases.find((p) => p.id === task.phaseId)!;
    expect(styles).toContain(`<fgColor rgb="FF${phase.color.slice(1).toUpperCase()}"/>`);
    expect(grid['!cols']!.length).toBeGreaterThan(3);
    expect(xml).toContain('state="frozen"');
  });

  it('imports back as the same tasks and links', () => {
    const back = importFile(bytes, { context: { fileName: 's.xlsx' } });
    expect(back.problems).toEqual([]);
    const sorted = [...doc.tasks].sort((a, b) => a.order - b.order);
    const got = back.value!.document.tasks;
    expect(
      got.map((t) => [
        t.title,
        t.startDate,
        t.endDate,
        t.owner,
        t.workstream,
        t.status,
        t.isMilestone,
        t.milestoneTime,
      ]),
    ).toEqual(
      sorted.map((t) => [
        t.title,
        t.startDate,
        t.endDate,
        t.owner,
        t.workstream,
        t.status,
        t.isMilestone,
        t.milestoneTime,
      ]),
    );
    const titleOf = (tasks: Task[], id: string): string => tasks.find((t) => t.id === id)!.title;
    expect(got.map((t) => t.predecessors.map((p) => [titleOf(got, p.taskId), p.type, p.lagDays]))).toEqual(
      sorted.map((t) => t.predecessors.map((p) => [titleOf(sorted, p.taskId), p.type, p.lagDays])),
    );
  });
});
