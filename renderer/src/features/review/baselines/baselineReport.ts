import {
  baselineKpis,
  type BaselineComparison,
  type BaselineFigures,
  type LongTailWeek,
} from '../../../../../shared/figures/baselines';
import type { BaselineSheetLabels } from '../../../../../shared/review/baselinesSheet';
import type { PdfTable } from '../../../components/pdf/pdfPages';
import type { Formatters } from '../../../i18n';
import { formatKpi, formatLift } from './LiftTable';
import type { baselineMessages } from './messages';

type BaselineMessages = (typeof baselineMessages)['zh-CN'];

/** The line under a baseline's name in the report: its days, last year's plan, or why there is none. */
export function baselineDetail(b: BaselineFigures, m: BaselineMessages, f: Formatters): string {
  if (b.kind === 'before')
    return b.days > 0 && b.firstDate && b.lastDate
      ? m.beforeDays(b.days, b.firstDate, b.lastDate)
      : m.beforeNone;
  if (b.kind === 'lastYear') {
    if (b.status === 'notPicked' || !b.source) return b.status === 'missing' ? m.missing : m.notPicked;
    const line = `${m.sourcePlan}: ${b.source.name} · ${m.aligned(b.days, f.date(b.source.peakDate, 'short'))}`;
    return b.isOtherCurrency ? `${line} · ${m.otherCurrency}` : line;
  }
  const start = m.tailStart(f.date(b.start, 'long'));
  return b.against ? `${start} · ${m.compareWith}: ${b.against.name}` : `${start} · ${m.tailNoBefore}`;
}

/** The review workbook's baselines sheet in the tab's words. */
export function baselineSheetLabels(m: BaselineMessages, f: Formatters): BaselineSheetLabels {
  return {
    kinds: m.kind,
    kpis: m.kpi,
    kpi: m.kpiHeader,
    campaign: m.campaign,
    baseline: m.baseline,
    lift: m.lift,
    week: m.week,
    from: m.from,
    to: m.to,
    days: m.days,
    gmv: m.gmv,
    buyers: m.buyers,
    aov: m.aov,
    liftPerDay: m.vsBaseline,
    returning: m.returning,
    detail: (b) => baselineDetail(b, m, f),
  };
}

const liftOf = (w: LongTailWeek, kpi: (typeof baselineKpis)[number]) => w.lifts.find((l) => l.kpi === kpi);

/** One report table per named baseline (docs/baselines.md "In the review report"), the engine's figures formatted. */
export function baselineReportTables(
  comparison: BaselineComparison,
  m: BaselineMessages,
  f: Formatters,
  currency: string,
): { title: string; detail: string; table: PdfTable }[] {
  return comparison.baselines.map((b) => {
    const title = `${b.baseline.name} · ${m.kind[b.kind]}`;
    const detail = baselineDetail(b, m, f);
    if (b.kind === 'longTail') {
      const money = (v: number | null | undefined) => (v == null ? '—' : f.money(Math.round(v), currency));
      return {
        title,
        detail,
        table: {
          headers: [m.week, m.days, m.gmv, m.vsBaseline, m.buyers, m.vsBaseline, m.aov, m.lift, m.returning],
          numeric: [1, 2, 3, 4, 5, 6, 7, 8],
          rows: b.weeks.map((w) => [
            `${w.week} · ${f.date(w.from, 'short')}–${f.date(w.to, 'short')}`,
            String(w.days),
            money(w.gmvMinor),
            formatLift(f, liftOf(w, 'gmv')?.lift ?? null),
            w.buyers === null ? '—' : f.number(w.buyers),
            formatLift(f, liftOf(w, 'buyers')?.lift ?? null),
            money(liftOf(w, 'aov')?.campaign),
            formatLift(f, liftOf(w, 'aov')?.lift ?? null),
            w.returningShare === null ? '—' : f.percent(w.returningShare, 1),
          ]),
        },
      };
    }
    const baselineCurrency = b.kind === 'lastYear' && b.source ? b.source.currency : currency;
    return {
      title,
      detail,
      table: {
        headers: [m.kpiHeader, m.campaign, m.baseline, m.vsBaseline],
        numeric: [1, 2, 3],
        rows: b.lifts.map((l) => [
          m.kpi[l.kpi],
          formatKpi(f, l.kpi, l.campaign, currency),
          formatKpi(f, l.kpi, l.baseline, baselineCurrency),
          formatLift(f, l.lift),
        ]),
      },
    };
  });
}
