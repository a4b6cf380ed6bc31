import { newRecord, type IncidentId, type PlanDocument, type RiskId } from '../domain';
import type { Language } from '../i18n/locale';
import type { Alert } from './alerts';
import { incidentTimeProblem, resolvedTimeProblem } from './incidentTime';

/**
 * An alert's severity on the incidents' scale (docs/warroom.md "Incidents"): a critical alert is
 * high, a warning medium; an acknowledgement stored without one reads medium.
 */
export function incidentSeverityOf(alertSeverity: Alert['severity'] | undefined): 'medium' | 'high' {
  return alertSeverity === 'critical' ? 'high' : 'medium';
}

/**
 * Acknowledging an alert opens an incident linked to the alert's risk, and that risk becomes
 * "triggered" at the incident's time — one undoable edit. `at` is local time YYYY-MM-DDTHH:mm. The
 * incident's text is the alert's message in the planner's language (a text they then edit as theirs).
 */
export function acknowledgeAlert(
  doc: PlanDocument,
  { alert, at, nowIso, language }: { alert: Alert; at: string; nowIso: string; language: Language },
): PlanDocument {
  const order = doc.incidents.reduce((m, i) => Math.max(m, i.order), 0) + 1;
  const incident = newRecord('incidents', doc.plan.id, {
    at,
    what: alert.message[language],
    severity: incidentSeverityOf(alert.severity),
    action: alert.contingency ?? '',
    riskId: alert.riskId,
    alertCode: alert.code,
    alertSubject: alert.subject,
    order,
  });
  const ack = newRecord('alertAcks', doc.plan.id, {
    code: alert.code,
    subject: alert.subject,
    hour: alert.hour,
    acknowledgedAt: nowIso,
    incidentId: incident.id,
    severity: alert.severity,
  });
  return {
    ...doc,
    incidents: [...doc.incidents, incident],
    alertAcks: [...doc.alertAcks, ack],
    risks: doc.risks.map((r) =>
      r.id === alert.riskId && r.status !== 'triggered' ? { ...r, status: 'triggered', triggeredAt: at } : r,
    ),
  };
}

/** An incident logged by hand at `at` (local YYYY-MM-DDTHH:mm), open, with no risk yet. */
export function addIncident(doc: PlanDocument, { at, what }: { at: string; what: string }): PlanDocument {
  const order = doc.incidents.reduce((m, i) => Math.max(m, i.order), 0) + 1;
  return {
    ...doc,
    incidents: [...doc.incidents, newRecord('incidents', doc.plan.id, { at, what, order })],
  };
}

export type IncidentPatch = Partial<
  Pick<
    PlanDocument['incidents'][number],
    'at' | 'what' | 'severity' | 'owner' | 'action' | 'resolvedAt' | 'status' | 'resolution'
  >
> & { riskId?: RiskId | null };

/**
 * Edits an incident (docs/warroom.md, "Incidents"). Linking a risk marks it triggered at the
 * incident's time and, when the action is still empty, takes the risk's contingency as the action.
 * Resolving stamps `resolvedAt` with `now` (the war room's now on the day it watches, shared/warroom/
 * incidentTime.ts) when none is set, never earlier than the incident's own time; reopening clears
 * it. A time off the plan's days or after the resolved-at time, or a resolved-at time before the
 * incident, is refused: the document comes back unchanged (the screen says why, naming the field).
 */
export function updateIncident(
  doc: PlanDocument,
  { id, patch, now }: { id: IncidentId; patch: IncidentPatch; now: string },
): PlanDocument {
  const old = doc.incidents.find((i) => i.id === id);
  if (!old) return doc;
  const next = { ...old, ...patch };
  if (patch.at !== undefined && incidentTimeProblem(doc.plan, next, next.at) !== null) return doc;
  if (patch.resolvedAt !== undefined) {
    if (next.status !== 'resolved' || next.resolvedAt === null) return doc;
    if (resolvedTimeProblem(next, next.resolvedAt) !== null) return doc;
  }
  const risk = patch.riskId ? doc.risks.find((r) => r.id === patch.riskId) : undefined;
  if (risk && next.action.trim() === '') next.action = risk.contingency;
  if (patch.status === 'resolved' && next.resolvedAt === null)
    next.resolvedAt = now < next.at ? next.at : now;
  if (patch.status && patch.status !== 'resolved') next.resolvedAt = null;
  return {
    ...doc,
    incidents: doc.incidents.map((i) => (i.id === id ? next : i)),
    risks: doc.risks.map((r) =>
      r === risk && r.status !== 'triggered' ? { ...r, status: 'triggered', triggeredAt: next.at } : r,
    ),
  };
}

/**
 * Deletes an incident (logged by mistake, or twice). An acknowledgement that opened it stays — the
 * alert was seen — and no longer points at it, so the review shows it as its own mark; a risk it
 * marked triggered stays triggered. One undo step brings it back as it was.
 */
export function removeIncident(doc: PlanDocument, { id }: { id: IncidentId }): PlanDocument {
  if (!doc.incidents.some((i) => i.id === id)) return doc;
  return {
    ...doc,
    incidents: doc.incidents.filter((i) => i.id !== id),
    alertAcks: doc.alertAcks.map((a) => (a.incidentId === id ? { ...a, incidentId: null } : a)),
  };
}
