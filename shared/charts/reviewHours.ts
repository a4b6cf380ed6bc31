import { alertRiskKind, alertCodeSchema, type IsoDate, type PlanDocument, type RiskId } from '../domain';
import type { incidentSeverities } from '../domain/warroom';
import { defaultDayShares } from '../warroom/curve';
import { hourKey, nextHour } from '../warroom/hours';
import { computePacing } from '../warroom/pacing';
import { incidentSeverityOf } from '../warroom/recipes';
import { seriesColors, type ReviewChartData } from './reviewCharts';

/**
 * The review's hours of one campaign day (docs/warroom.md "The review's hours of a day"): the
 * war room's hourly bars and target for that day — from `computePacing` at the end of the day, so
 * the review never computes a second target — and the day's incidents and acknowledged alerts
 * placed on their hour. Labels come in translated; this stays language-free.
 */

export type MarkSeverity = (typeof incidentSeverities)[number];

/** One mark of the strip over the chart: an incident or an acknowledged alert at its hour. */
export interface HourMark {
  kind: 'incident' | 'alert';
  /** The day it sits on (YYYY-MM-DD). */
  date: IsoDate;
  /** 0–23, the hour of the day the mark sits on. */
  hour: number;
  /** HH:mm as logged (an alert: its data hour, HH:00). */
  time: string;
  severity: MarkSeverity;
  /** An incident's "what happened"; an alert's code (the screen names it). */
  text: string;
  /** An alert's subject ('shop', a channel, a SKU); '' for incidents. */
  subject: string;
  /** An incident's status; null for an alert. */
  status: 'open' | 'handling' | 'resolved' | null;
  /** HH:mm when resolved the same day, YYYY-MM-DD HH:mm on a later day; null when not resolved. */
  resolvedAt: string | null;
  /** The resolved-at moment as stored (YYYY-MM-DDTHH:mm); null when not resolved. */
  resolvedMoment: string | null;
  /** An incident's owner and action; '' for an alert. */
  owner: string;
  action: string;
  /** An incident's linked risk; an alert's: the register's risk of its rule's kind. */
  riskId: RiskId | null;
}

/** Strip colours by severity, from calm to alarming. */
export const severityColors: Record<MarkSeverity, string> = {
  low: '#868e96',
  medium: '#f59f00',
  high: '#f76707',
  critical: '#e03131',
};

/**
 * The days the review offers: days with hourly data that the target curve covers (a day with a
 * curve share of 0, such as a 准备 day, has no target and no pacing of its own), ascending.
 */
export function reviewHourDays(doc: PlanDocument): IsoDate[] {
  const shares = defaultDayShares(doc);
  const days = new Set<IsoDate>();
  for (const r of doc.hourly) {
    const d = r.hour.slice(0, 10);
    if ((shares.get(d) ?? 0) > 0) days.add(d);
  }
  return [...days].sort();
}

/** The day shown first: the peak day when it has data, else the latest day with data. */
export function defaultReviewHourDay(doc: PlanDocument, days: readonly IsoDate[]): IsoDate | null {
  if (doc.plan.peakDate && days.includes(doc.plan.peakDate)) return doc.plan.peakDate;
  return days[days.length - 1] ?? null;
}

export interface ReviewHours {
  date: IsoDate;
  chart: ReviewChartData;
  marks: HourMark[];
  actualMinor: number;
  targetMinor: number | null;
}

const hourOf = (moment: string): number => Number(moment.slice(11, 13));

/** The day's marks, by time: its incidents, and its acknowledged alerts not already shown as one. */
export function hourMarks(doc: PlanDocument, date: IsoDate): HourMark[] {
  const incidents = doc.incidents.filter((i) => i.at.slice(0, 10) === date);
  const shown = new Set(incidents.map((i) => i.id as string));
  const marks: HourMark[] = incidents.map((i) => ({
    kind: 'incident',
    date,
    hour: hourOf(i.at),
    time: i.at.slice(11, 16),
    severity: i.severity,
    text: i.what,
    subject: '',
    status: i.status,
    resolvedAt:
      i.resolvedAt === null
        ? null
        : i.resolvedAt.slice(0, 10) === date
          ? i.resolvedAt.slice(11, 16)
          : i.resolvedAt.replace('T', ' '),
    resolvedMoment: i.resolvedAt,
    owner: i.owner,
    action: i.action,
    riskId: i.riskId,
  }));
  const risks = [...doc.risks].sort((a, b) => a.order - b.order);
  for (const a of doc.alertAcks) {
    if (a.hour.slice(0, 10) !== date || (a.incidentId !== null && shown.has(a.incidentId))) continue;
    const code = alertCodeSchema.safeParse(a.code);
    marks.push({
      kind: 'alert',
      date,
      hour: hourOf(a.hour),
      time: a.hour.slice(11, 16),
      // The alert's severity as acknowledged, on the incidents' scale (medium when not stored).
      severity: incidentSeverityOf(a.severity),
      text: a.code,
      subject: a.subject,
      status: null,
      resolvedAt: null,
      resolvedMoment: null,
      owner: '',
      action: '',
      riskId: code.success ? (risks.find((r) => r.kind === alertRiskKind[code.data])?.id ?? null) : null,
    });
  }
  return marks.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/**
 * Every day's marks (the review report's incidents list): the days ascending, each day's marks
 * exactly as its strip has them.
 */
export function reviewEvents(doc: PlanDocument): HourMark[] {
  const days = new Set<IsoDate>([
    ...doc.incidents.map((i) => i.at.slice(0, 10)),
    ...doc.alertAcks.map((a) => a.hour.slice(0, 10)),
  ]);
  return [...days].sort().flatMap((d) => hourMarks(doc, d));
}

/**
 * One day's hours: the war room's pacing taken at the next day's 00:00, so all 24 hours of `date`
 * have elapsed — bars are each hour's shop GMV (blank without data), the line the hour's target.
 */
export function reviewHours(
  doc: PlanDocument,
  date: IsoDate,
  text: { actual: string; target: string },
): ReviewHours {
  const pacing = computePacing(doc, { at: nextHour(hourKey(date, 23)) });
  const hours = pacing.hours.filter((h) => h.hour.slice(0, 10) === date);
  const day = pacing.days.find((d) => d.date === date);
  return {
    date,
    chart: {
      labels: hours.map((h) => h.hour.slice(11, 16)),
      datasets: [
        {
          label: text.actual,
          type: 'bar',
          data: hours.map((h) => h.gmvMinor),
          yAxisID: 'money',
          backgroundColor: seriesColors.actual,
          borderColor: seriesColors.actual,
        },
        {
          label: text.target,
          type: 'line',
          data: hours.map((h) => (pacing.gmv.goalMinor === null ? null : h.targetMinor)),
          yAxisID: 'money',
          backgroundColor: seriesColors.baseline,
          borderColor: seriesColors.baseline,
        },
      ],
    },
    marks: hourMarks(doc, date),
    actualMinor: day?.actualMinor ?? 0,
    targetMinor: day?.targetMinor ?? null,
  };
}

/**
 * What a mark says happened, in the screen's words: an incident's text as typed; an alert's rule
 * name (from `alertNames`, by code) and its subject ('shop' read as `shop`).
 */
export function markWhat(
  mark: HourMark,
  words: { alertNames: Record<string, string>; shop: string },
): string {
  if (mark.kind === 'incident') return mark.text;
  const subject = mark.subject === 'shop' ? words.shop : mark.subject;
  const name = words.alertNames[mark.text] ?? mark.text;
  return subject ? `${name} ${subject}` : name;
}
