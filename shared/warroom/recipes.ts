import { newRecord, type IncidentId, type PlanDocument, type RiskId } from '../domain';
import type { Language } from '../i18n/locale';
import type { Alert } from './alerts';

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
 * Resolving stamps `resolvedAt` with `now` when none is set; reopening clears it.
 */
export function updateIncident(
  doc: PlanDocument,
  { id, patch, now }: { id: IncidentId; patch: IncidentPatch; now: string },
): PlanDocument {
  const old = doc.incidents.find((i) => i.id === id);
  if (!old) return doc;
  const next = { ...old, ...patch };
  const risk = patch.riskId ? doc.risks.find((r) => r.id === patch.riskId) : undefined;
  if (risk && next.action.trim() === '') next.action = risk.contingency;
  if (patch.status === 'resolved' && next.resolvedAt === null) next.resolvedAt = now;
  if (patch.status && patch.status !== 'resolved') next.resolvedAt = null;
  return {
    ...doc,
    incidents: doc.incidents.map((i) => (i.id === id ? next : i)),
    risks: doc.risks.map((r) =>
      r === risk && r.status !== 'triggered' ? { ...r, status: 'triggered', triggeredAt: next.at } : r,
    ),
  };
}
