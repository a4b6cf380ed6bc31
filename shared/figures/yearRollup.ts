import type { BudgetLine, PlanDocument, PlanId, YearBudget } from '../domain';
import type { LocalizedText } from '../i18n/locale';
import { budgetCategoryNames } from '../budget/categories';
import { addTotals, emptySums, type BudgetSums } from '../budget/totals';
import { DEFAULT_COVERAGE_THRESHOLD } from './coverage';
import { computeBudgetFigures } from './engine';

/**
 * The annual budget's roll-up (docs/year-budget.md): the year's plans through the figures engine,
 * their budget totals and groups added up by campaign, category, channel and month, against the
 * year's cap. No budget figure is computed here: every amount is a sum of the engine's totals.
 */

export interface YearRow {
  /** Stable within one roll-up: the plan id, `key:<category key>` / `name:<name>`, the channel name, `YYYY-MM`; '' for "none". */
  key: string;
  /** The row's name in both languages; the "none" rows say so. */
  label: LocalizedText;
  plannedMinor: number;
  committedMinor: number;
  actualMinor: number;
  /** Σ (actual − planned) over the lines with an actual; null when no line has one. */
  varianceMinor: number | null;
  lineCount: number;
  linesWithActual: number;
  /** Planned amount of the lines that have an actual. */
  coveredPlannedMinor: number;
  /** covered planned ÷ planned (by line count when nothing is planned); null without lines. */
  coverage: number | null;
  isProvisional: boolean;
}

export interface YearCampaignRow extends YearRow {
  planId: PlanId;
  peakDate: string;
}

export interface YearQuarter {
  quarter: 1 | 2 | 3 | 4;
  plannedMinor: number;
  capMinor: number | null;
  leftMinor: number | null;
}

/** One engine line of a counted plan, placed in its rows (the finance workbook's detail sheet). */
export interface YearLine {
  line: BudgetLine;
  campaign: number;
  category: number;
  channel: number;
  month: number;
  quarter: 1 | 2 | 3 | 4;
  phaseName: string;
}

export interface YearRollup {
  year: number;
  currency: string;
  campaigns: YearCampaignRow[];
  byCategory: YearRow[];
  byChannel: YearRow[];
  /** Months in calendar order. */
  byMonth: YearRow[];
  total: YearRow;
  capMinor: number | null;
  /** cap − total planned; null without a cap. */
  capLeftMinor: number | null;
  quarters: YearQuarter[];
  /** Plans of the year in another currency: not in any sum. */
  otherCurrency: { planId: PlanId; name: string; currency: string }[];
  /** Every counted line, with the index of its row in campaigns/byCategory/byChannel/byMonth. */
  lines: YearLine[];
}

const NONE = {
  category: { zh: '（未分类）', en: '(No category)' },
  channel: { zh: '（不分渠道）', en: '(No channel)' },
} as const;

/** A row of the roll-up: the budget's own sums (budget/totals.ts), named. */
interface Acc extends BudgetSums {
  key: string;
  label: LocalizedText;
}

function finish(acc: Acc, threshold: number): YearRow {
  // The engine's variance runs over the lines with an actual, as its actual does: so the planned
  // amount of those lines is actual − variance.
  const covered = acc.actual - acc.variance;
  const coverage =
    acc.count === 0 ? null : acc.planned > 0 ? covered / acc.planned : acc.withActual / acc.count;
  return {
    key: acc.key,
    label: acc.label,
    plannedMinor: acc.planned,
    committedMinor: acc.committed,
    actualMinor: acc.actual,
    varianceMinor: acc.withActual === 0 ? null : acc.variance,
    lineCount: acc.count,
    linesWithActual: acc.withActual,
    coveredPlannedMinor: covered,
    coverage,
    isProvisional: coverage !== null && coverage < threshold,
  };
}

class Rows {
  private byKey = new Map<string, { index: number; acc: Acc }>();
  readonly list: Acc[] = [];
  /** The row's index, made when new. */
  at(key: string, label: LocalizedText): { index: number; acc: Acc } {
    let row = this.byKey.get(key);
    if (!row) {
      const acc: Acc = { key, label, ...emptySums() };
      row = { index: this.list.length, acc };
      this.list.push(acc);
      this.byKey.set(key, row);
    }
    return row;
  }
}

function quarterOf(month: string, year: number): 1 | 2 | 3 | 4 {
  const y = Number(month.slice(0, 4));
  if (y < year) return 1;
  if (y > year) return 4;
  return (Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function computeYearRollup(
  docs: readonly PlanDocument[],
  year: number,
  budget: YearBudget | null,
): YearRollup {
  const currency = budget?.currency ?? 'CNY';
  const campaigns: YearCampaignRow[] = [];
  const categories = new Rows();
  const channels = new Rows();
  const months = new Rows();
  const total = new Rows().at('', { zh: '合计', en: 'Total' }).acc;
  const otherCurrency: YearRollup['otherCurrency'] = [];
  const lines: YearLine[] = [];
  const inYear = docs
    .filter((d) => d.plan.deletedAt === null && Number(d.plan.peakDate.slice(0, 4)) === year)
    .sort((a, b) => a.plan.peakDate.localeCompare(b.plan.peakDate) || a.plan.name.localeCompare(b.plan.name));
  for (const stored of inYear) {
    if (stored.plan.currency !== currency) {
      otherCurrency.push({ planId: stored.plan.id, name: stored.plan.name, currency: stored.plan.currency });
      continue;
    }
    const figures = computeBudgetFigures(stored);
    const { doc, summary } = figures;
    const campaignIndex = campaigns.length;
    const campaign: Acc = {
      key: doc.plan.id,
      label: { zh: doc.plan.name, en: doc.plan.name },
      ...emptySums(),
    };
    addTotals(campaign, summary.total);
    addTotals(total, summary.total);
    campaigns.push({
      ...finish(campaign, figures.budgetCoverage.threshold),
      planId: doc.plan.id,
      peakDate: doc.plan.peakDate,
    });

    const categoryRow = new Map<string | null, number>();
    for (const group of summary.byCategory) {
      const category = doc.budgetCategories.find((c) => c.id === group.key);
      const builtIn = category ? budgetCategoryNames[category.key] : null;
      const typed = category?.name.trim() ?? '';
      // A built-in category's own name, stored as created, is not a renaming.
      const name = typed === builtIn?.zh || typed === builtIn?.en ? '' : typed;
      const row = !category
        ? categories.at('', NONE.category)
        : name !== ''
          ? categories.at(`name:${name}`, { zh: name, en: name })
          : categories.at(`key:${category.key}`, budgetCategoryNames[category.key]);
      addTotals(row.acc, group);
      categoryRow.set(group.key, row.index);
    }
    const channelRow = new Map<string | null, number>();
    for (const group of summary.byChannel) {
      const name = doc.channels.find((c) => c.id === group.key)?.name.trim() ?? '';
      const row = name === '' ? channels.at('', NONE.channel) : channels.at(name, { zh: name, en: name });
      addTotals(row.acc, group);
      channelRow.set(group.key, row.index);
    }
    const phaseMonth = new Map<string | null, string>();
    for (const group of summary.byPhase) {
      const phase = doc.phases.find((p) => p.id === group.key);
      const month = (phase?.startDate ?? doc.plan.peakDate).slice(0, 7);
      addTotals(months.at(month, { zh: month, en: month }).acc, group);
      phaseMonth.set(group.key, month);
    }
    for (const line of doc.budgetLines) {
      const month = phaseMonth.get(line.phaseId) ?? doc.plan.peakDate.slice(0, 7);
      lines.push({
        line,
        campaign: campaignIndex,
        category: categoryRow.get(line.categoryId) ?? 0,
        channel: channelRow.get(line.channelId) ?? 0,
        month: months.at(month, { zh: month, en: month }).index,
        quarter: quarterOf(month, year),
        phaseName: doc.phases.find((p) => p.id === line.phaseId)?.name ?? '',
      });
    }
  }

  const t = DEFAULT_COVERAGE_THRESHOLD;
  const byMonthUnsorted = months.list.map((a) => finish(a, t));
  const monthOrder = byMonthUnsorted
    .map((_, i) => i)
    .sort((a, b) => byMonthUnsorted[a]!.key.localeCompare(byMonthUnsorted[b]!.key));
  const monthRank = new Map(monthOrder.map((from, to) => [from, to]));
  for (const l of lines) l.month = monthRank.get(l.month) ?? l.month;
  const totalRow = finish(total, t);
  const capMinor = budget ? budget.capMinor : null;
  const quarterCaps = budget?.quarterCapsMinor ?? null;
  const quarters = ([1, 2, 3, 4] as const).map((quarter): YearQuarter => {
    let planned = 0;
    for (const m of byMonthUnsorted) if (quarterOf(m.key, year) === quarter) planned += m.plannedMinor;
    const cap = quarterCaps ? (quarterCaps[quarter - 1] ?? null) : null;
    return { quarter, plannedMinor: planned, capMinor: cap, leftMinor: cap === null ? null : cap - planned };
  });
  return {
    year,
    currency,
    campaigns,
    byCategory: categories.list.map((a) => finish(a, t)),
    byChannel: channels.list.map((a) => finish(a, t)),
    byMonth: monthOrder.map((i) => byMonthUnsorted[i]!),
    total: totalRow,
    capMinor,
    capLeftMinor: capMinor === null ? null : capMinor - totalRow.plannedMinor,
    quarters,
    otherCurrency,
    lines,
  };
}
