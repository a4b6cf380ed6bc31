import * as XLSX from 'xlsx';
import { minorPerMajor } from '../../budget/money';
import type { YearRollup, YearRow } from '../../figures/yearRollup';
import { MONEY_FORMAT, fitWidths, formula, money, num, sheetOf, sheetRef, text, type OutRow } from './cells';
import { headerStyle, localDateTime, safeSheetName, writeWorkbook, type ExportOptions } from './workbook';

const L = {
  zh: {
    summary: '汇总',
    detail: '明细',
    title: (year: number) => `${year} 年度预算`,
    year: '年度',
    currency: '币种',
    cap: '年度上限',
    capLeft: '上限剩余（上限 − 预算合计）',
    noCap: '未设上限',
    exportedAt: '导出时间',
    varianceNote:
      '差异只计已录入实际金额的明细行：实际金额为空的行尚未发生，不按 0 计；没有任何实际金额的行不显示差异。覆盖率 = 有实际金额的行的预算 ÷ 预算。',
    sections: { campaigns: '按活动', categories: '按费用类别', channels: '按渠道', months: '按月份' },
    quarters: '按季度',
    quarter: (q: number) => `第 ${q} 季度`,
    quarterCols: ['季度', '预算金额', '季度上限', '剩余'],
    cols: ['名称', '预算金额', '已承诺', '实际金额', '差异', '覆盖率'],
    total: '合计',
    otherCurrency: (names: string) => `未计入（币种不同）：${names}`,
    detailCols: [
      '活动序号',
      '活动',
      '类别序号',
      '费用类别',
      '渠道序号',
      '渠道',
      '阶段',
      '月份序号',
      '月份',
      '季度',
      '项目',
      '预算金额',
      '已承诺',
      '实际金额',
      '差异',
      '计入覆盖率的预算',
      '有实际金额',
    ],
  },
  en: {
    summary: 'Summary',
    detail: 'Detail',
    title: (year: number) => `${year} annual budget`,
    year: 'Year',
    currency: 'Currency',
    cap: 'Yearly cap',
    capLeft: 'Cap left (cap − total planned)',
    noCap: 'No cap set',
    exportedAt: 'Exported at',
    varianceNote:
      'Variance counts only the lines with an actual amount: a blank actual has not been spent yet and is not read as 0; a row with no actual at all shows no variance. Coverage = planned amount of the lines with an actual ÷ planned.',
    sections: {
      campaigns: 'By campaign',
      categories: 'By category',
      channels: 'By channel',
      months: 'By month',
    },
    quarters: 'By quarter',
    quarter: (q: number) => `Q${q}`,
    quarterCols: ['Quarter', 'Planned', 'Quarter cap', 'Left'],
    cols: ['Name', 'Planned', 'Committed', 'Actual', 'Variance', 'Coverage'],
    total: 'Total',
    otherCurrency: (names: string) => `Not counted (other currency): ${names}`,
    detailCols: [
      'Campaign no.',
      'Campaign',
      'Category no.',
      'Category',
      'Channel no.',
      'Channel',
      'Phase',
      'Month no.',
      'Month',
      'Quarter',
      'Item',
      'Planned',
      'Committed',
      'Actual',
      'Variance',
      'Planned counted in coverage',
      'Has actual',
    ],
  },
} as const;

/** Detail sheet columns. */
const D = {
  campaign: 'A',
  category: 'C',
  channel: 'E',
  month: 'H',
  quarter: 'J',
  planned: 'L',
  committed: 'M',
  actual: 'N',
  variance: 'O',
  covered: 'P',
  hasActual: 'Q',
} as const;

const PERCENT = '0.0%';
/** A quarter without a cap, in its cap and left cells: as on screen (docs/year-budget.md). */
const NO_QUARTER_CAP = '—';

/**
 * The finance workbook of a year (docs/year-budget.md "The finance workbook"): a detail sheet of
 * every counted budget line as the engine sees it, and a summary whose every amount is a SUMIFS
 * or SUM formula over it, with the engine's figures cached so the file reads right unrecalculated.
 */
export function exportYearWorkbook(rollup: YearRollup, options: ExportOptions): Uint8Array {
  const lang = options.language;
  const t = L[lang];
  const perMajor = minorPerMajor(rollup.currency);
  const detailName = safeSheetName(t.detail);
  const summaryName = safeSheetName(t.summary);
  const ref = sheetRef(detailName);
  const last = Math.max(rollup.lines.length + 1, 2);
  const range = (col: string) => `${ref}!$${col}$2:$${col}$${last}`;
  const major = (minor: number) => minor / perMajor;
  const exported = localDateTime(options.exportedAt);

  const campaignNames = rollup.campaigns.map((c) => c.label[lang]);
  const categoryNames = rollup.byCategory.map((c) => c.label[lang]);
  const channelNames = rollup.byChannel.map((c) => c.label[lang]);
  const monthNames = rollup.byMonth.map((m) => m.label[lang]);

  const detailRows: OutRow[] = [t.detailCols.map((c) => text(c))];
  rollup.lines.forEach((l, i) => {
    const r = i + 2;
    const { line } = l;
    const hasActual = line.actualMinor !== null;
    detailRows.push([
      num(l.campaign + 1),
      text(campaignNames[l.campaign] ?? ''),
      num(l.category + 1),
      text(categoryNames[l.category] ?? ''),
      num(l.channel + 1),
      text(channelNames[l.channel] ?? ''),
      text(l.phaseName),
      num(l.month + 1),
      text(monthNames[l.month] ?? ''),
      num(l.quarter),
      text(line.item),
      money(line.plannedMinor, perMajor),
      money(line.committedMinor, perMajor),
      money(line.actualMinor, perMajor),
      formula(
        `IF(N${r}="","",N${r}-L${r})`,
        hasActual ? major((line.actualMinor ?? 0) - line.plannedMinor) : '',
        MONEY_FORMAT,
      ),
      formula(`IF(N${r}="",0,L${r})`, hasActual ? major(line.plannedMinor) : 0, MONEY_FORMAT),
      formula(`IF(N${r}="",0,1)`, hasActual ? 1 : 0),
    ]);
  });
  const detail = sheetOf(detailRows, t.detailCols.length);
  detail['!cols'] = fitWidths(detailRows);
  detail['!autofilter'] = { ref: `A1:Q${last - 1 > 0 ? last - 1 : 1}` };
  const detailCells = new Map<string, string>();
  t.detailCols.forEach((_, c) => detailCells.set(`${XLSX.utils.encode_col(c)}1`, 'header'));

  const rows: OutRow[] = [];
  const cells = new Map<string, string>();
  const at = () => rows.length + 1; // the 1-based row the next push lands on
  rows.push([text(t.title(rollup.year))]);
  cells.set('A1', 'title');
  rows.push([text(t.year), num(rollup.year)]);
  rows.push([text(t.currency), text(rollup.currency)]);
  rows.push([text(t.exportedAt), text(options.exportedAt.slice(0, 16).replace('T', ' '))]);
  const capRow = at();
  // No cap: the words, in the cap and the cap left, never a blank a reader must guess at.
  rows.push([text(t.cap), rollup.capMinor === null ? text(t.noCap) : money(rollup.capMinor, perMajor)]);
  const capLeftRow = at();
  rows.push([text(t.capLeft), text(t.noCap)]); // a cap's left is filled once the campaigns' total row is known
  rows.push([text(t.varianceNote)]);
  if (rollup.otherCurrency.length > 0)
    rows.push([
      text(t.otherCurrency(rollup.otherCurrency.map((p) => `${p.name} (${p.currency})`).join(', '))),
    ]);

  let campaignTotalRow = 0;
  const section = (title: string, list: readonly YearRow[], keyCol: string, isCampaigns: boolean) => {
    rows.push([]);
    rows.push([text(title)]);
    cells.set(`A${at() - 1}`, 'title');
    const head = at();
    rows.push(t.cols.map((c) => text(c)));
    t.cols.forEach((_, c) => cells.set(`${XLSX.utils.encode_col(c)}${head}`, 'header'));
    const first = at();
    list.forEach((row, i) => {
      const r = at();
      const sumIfs = (col: string) => `SUMIFS(${range(col)},${range(keyCol)},${i + 1})`;
      rows.push([
        text(row.label[lang]),
        formula(sumIfs(D.planned), major(row.plannedMinor), MONEY_FORMAT),
        formula(sumIfs(D.committed), major(row.committedMinor), MONEY_FORMAT),
        formula(sumIfs(D.actual), major(row.actualMinor), MONEY_FORMAT),
        formula(
          `IF(${sumIfs(D.hasActual)}=0,"",${sumIfs(D.variance)})`,
          row.varianceMinor === null ? '' : major(row.varianceMinor),
          MONEY_FORMAT,
        ),
        formula(
          `IF(B${r}=0,"",${sumIfs(D.covered)}/B${r})`,
          row.plannedMinor === 0 ? '' : (row.coverage ?? ''),
          PERCENT,
        ),
      ]);
    });
    const lastRow = Math.max(at() - 1, first);
    const r = at();
    const total = rollup.total;
    const sum = (col: string) => `SUM(${col}${first}:${col}${lastRow})`;
    rows.push([
      text(t.total),
      formula(sum('B'), major(total.plannedMinor), MONEY_FORMAT),
      formula(sum('C'), major(total.committedMinor), MONEY_FORMAT),
      formula(sum('D'), major(total.actualMinor), MONEY_FORMAT),
      formula(sum('E'), total.varianceMinor === null ? 0 : major(total.varianceMinor), MONEY_FORMAT),
      formula(
        `IF(B${r}=0,"",SUMPRODUCT(B${first}:B${lastRow},F${first}:F${lastRow})/B${r})`,
        total.plannedMinor === 0 ? '' : (total.coverage ?? ''),
        PERCENT,
      ),
    ]);
    t.cols.forEach((_, c) => cells.set(`${XLSX.utils.encode_col(c)}${r}`, 'total'));
    if (isCampaigns) campaignTotalRow = r;
  };
  section(t.sections.campaigns, rollup.campaigns, D.campaign, true);
  section(t.sections.categories, rollup.byCategory, D.category, false);
  section(t.sections.channels, rollup.byChannel, D.channel, false);
  section(t.sections.months, rollup.byMonth, D.month, false);

  if (rollup.capLeftMinor !== null) {
    rows[capLeftRow - 1] = [
      text(t.capLeft),
      formula(`B${capRow}-B${campaignTotalRow}`, major(rollup.capLeftMinor), MONEY_FORMAT),
    ];
  }

  rows.push([]);
  rows.push([text(t.quarters)]);
  cells.set(`A${at() - 1}`, 'title');
  const qHead = at();
  rows.push(t.quarterCols.map((c) => text(c)));
  t.quarterCols.forEach((_, c) => cells.set(`${XLSX.utils.encode_col(c)}${qHead}`, 'header'));
  for (const q of rollup.quarters) {
    const r = at();
    rows.push([
      text(t.quarter(q.quarter)),
      formula(
        `SUMIFS(${range(D.planned)},${range(D.quarter)},${q.quarter})`,
        major(q.plannedMinor),
        MONEY_FORMAT,
      ),
      q.capMinor === null ? text(NO_QUARTER_CAP) : money(q.capMinor, perMajor),
      q.leftMinor === null ? text(NO_QUARTER_CAP) : formula(`C${r}-B${r}`, major(q.leftMinor), MONEY_FORMAT),
    ]);
  }

  const summary = sheetOf(rows, t.cols.length);
  summary['!cols'] = [{ wch: 34 }, { wch: 16 }, { wch: 16 }, { wch: 16 }, { wch: 16 }, { wch: 10 }];
  return writeWorkbook(
    [
      { name: summaryName, sheet: summary, decoration: { cells } },
      { name: detailName, sheet: detail, decoration: { freeze: { rows: 1, cols: 0 }, cells: detailCells } },
    ],
    headerStyle,
    {
      planName: t.title(rollup.year),
      version: `${exported.date} ${exported.time}`,
      currency: rollup.currency,
      exportedAt: `${exported.date} ${exported.time}`,
      language: lang,
    },
  );
}
