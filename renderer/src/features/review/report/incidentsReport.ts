import { markWhat, reviewEvents, type HourMark } from '../../../../../shared/charts/reviewHours';
import type { PlanDocument } from '../../../../../shared/domain';
import type { IncidentSheetLabels } from '../../../../../shared/review/incidentsSheet';
import type { PdfTable } from '../../../components/pdf/pdfPages';
import type { Formatters } from '../../../i18n';
import type { hoursMessages } from '../hoursMessages';

type HoursMessages = (typeof hoursMessages)['zh-CN'];

/** The review workbook's incidents sheet in the hours card's words. */
export function incidentLabels(h: HoursMessages): IncidentSheetLabels {
  const r = h.report;
  return {
    time: r.time,
    kind: r.kind,
    what: r.what,
    severity: r.severity,
    owner: r.owner,
    action: r.action,
    status: r.status,
    resolvedAt: r.resolvedAt,
    risk: r.risk,
    kinds: r.kinds,
    severities: {
      low: h.severities.low ?? '',
      medium: h.severities.medium ?? '',
      high: h.severities.high ?? '',
      critical: h.severities.critical ?? '',
    },
    statuses: {
      open: h.statuses.open ?? '',
      handling: h.statuses.handling ?? '',
      resolved: h.statuses.resolved ?? '',
    },
    alertNames: h.alertNames,
    shop: h.shop,
    none: r.none,
  };
}

/** A mark's status as the hours card lists it: an incident's status (resolved with its time); an alert: acknowledged. */
export function markStatus(mark: HourMark, h: HoursMessages): string {
  if (mark.kind === 'alert') return h.acknowledged;
  if (mark.status === 'resolved' && mark.resolvedAt !== null) return h.resolvedAt(mark.resolvedAt);
  return h.statuses[mark.status ?? 'open'] ?? '';
}

/**
 * The review PDF's incidents table (docs/warroom.md "Incidents in the review report"): the rows of
 * the workbook's sheet without owner and action, the strip's order; null when there are none.
 */
export function incidentsTable(doc: PlanDocument, h: HoursMessages, f: Formatters): PdfTable | null {
  const events = reviewEvents(doc);
  if (events.length === 0) return null;
  const risks = new Map(doc.risks.map((r) => [r.id as string, r.description]));
  const r = h.report;
  return {
    headers: [r.time, r.kind, r.what, r.severity, r.status, r.risk],
    numeric: [],
    rows: events.map((e) => [
      `${f.date(e.date, 'short')} ${e.time}`,
      r.kinds[e.kind],
      markWhat(e, h),
      h.severities[e.severity] ?? e.severity,
      markStatus(e, h),
      e.riskId === null ? '' : (risks.get(e.riskId) ?? ''),
    ]),
  };
}
