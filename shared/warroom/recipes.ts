import { newId, type AlertAckId, type IncidentId, type PlanDocument } from '../domain';
import type { Alert } from './alerts';

/**
 * Acknowledging an alert opens an incident linked to the alert's risk, and that risk becomes
 * "triggered" at the incident's time — one undoable edit. `at` is local time YYYY-MM-DDTHH:mm.
 */
export function acknowledgeAlert(doc: PlanDocument, alert: Alert, at: string, nowIso: string): PlanDocument {
  const incidentId = newId<IncidentId>();
  const order = doc.incidents.reduce((m, i) => Math.max(m, i.order), 0) + 1;
  return {
    ...doc,
    incidents: [
      ...doc.incidents,
      {
        id: incidentId,
        planId: doc.plan.id,
        at,
        what: alert.message.zh,
        severity: alert.severity === 'critical' ? 'high' : 'medium',
        owner: '',
        action: alert.contingency ?? '',
        resolvedAt: null,
        riskId: alert.riskId,
        alertCode: alert.code,
        alertSubject: alert.subject,
        order,
      },
    ],
    alertAcks: [
      ...doc.alertAcks,
      {
        id: newId<AlertAckId>(),
        planId: doc.plan.id,
        code: alert.code,
        subject: alert.subject,
        hour: alert.hour,
        acknowledgedAt: nowIso,
        incidentId,
      },
    ],
    risks: doc.risks.map((r) =>
      r.id === alert.riskId && r.status !== 'triggered' ? { ...r, status: 'triggered', triggeredAt: at } : r,
    ),
  };
}
