import type { PlanDocument } from '../domain';
import { markWhat, reviewEvents, type HourMark, type MarkSeverity } from '../charts/reviewHours';
import { dateToSerial } from '../xlsx/read/grid';
import { DATETIME_FORMAT, num, text, type OutCell } from '../xlsx/write/cells';

/** The words of the review workbook's incidents sheet, as the review screen says them. */
export interface IncidentSheetLabels {
  time: string;
  kind: string;
  what: string;
  severity: string;
  owner: string;
  action: string;
  status: string;
  resolvedAt: string;
  risk: string;
  kinds: Record<HourMark['kind'], string>;
  severities: Record<MarkSeverity, string>;
  statuses: Record<NonNullable<HourMark['status']>, string>;
  /** The alert rules' names by code (预警 "库存告急"). */
  alertNames: Record<string, string>;
  shop: string;
  /** The one row of a plan without incidents or acknowledged alerts. */
  none: string;
}

/** A local moment (YYYY-MM-DDTHH:mm) as an Excel date-time. */
function moment(value: string): OutCell {
  return num(dateToSerial(value.slice(0, 10), value.slice(11, 16)), DATETIME_FORMAT);
}

/**
 * The incidents sheet's table (docs/warroom.md "Incidents in the review report"): every day's marks
 * of the review's hours strip, in the strip's order, one row each — header first.
 */
export function incidentRows(doc: PlanDocument, labels: IncidentSheetLabels): (OutCell | null)[][] {
  const risks = new Map(doc.risks.map((r) => [r.id as string, r.description]));
  const head = [
    labels.time,
    labels.kind,
    labels.what,
    labels.severity,
    labels.owner,
    labels.action,
    labels.status,
    labels.resolvedAt,
    labels.risk,
  ].map(text);
  const events = reviewEvents(doc);
  if (events.length === 0) return [head, [text(labels.none)]];
  return [
    head,
    ...events.map((e) => [
      moment(`${e.date}T${e.time}`),
      text(labels.kinds[e.kind]),
      text(markWhat(e, labels)),
      text(labels.severities[e.severity]),
      e.owner ? text(e.owner) : null,
      e.action ? text(e.action) : null,
      e.status === null ? null : text(labels.statuses[e.status]),
      e.resolvedMoment === null ? null : moment(e.resolvedMoment),
      e.riskId === null ? null : text(risks.get(e.riskId) ?? ''),
    ]),
  ];
}
