import type { Migration } from './index';

/**
 * Data version 1 → 2: the war room. Every stored plan gains the five war-room collections
 * (hourly data, incidents, alert acknowledgements, hourly profiles, alert rules), empty, and
 * every risk an explicit `triggeredAt: null`. Nothing that was stored changes meaning.
 */
export function v1ToV2AddWarRoom(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object') return doc;
  const d = doc as Record<string, unknown>;
  const risks = Array.isArray(d.risks) ? d.risks : [];
  return {
    ...d,
    risks: risks.map((r) =>
      r && typeof r === 'object' && !('triggeredAt' in r) ? { ...(r as object), triggeredAt: null } : r,
    ),
    hourly: Array.isArray(d.hourly) ? d.hourly : [],
    incidents: Array.isArray(d.incidents) ? d.incidents : [],
    alertAcks: Array.isArray(d.alertAcks) ? d.alertAcks : [],
    hourProfiles: Array.isArray(d.hourProfiles) ? d.hourProfiles : [],
    alertRules: Array.isArray(d.alertRules) ? d.alertRules : [],
  };
}

export const v1ToV2: Migration = {
  fromVersion: 1,
  toVersion: 2,
  name: 'v1ToV2AddWarRoom',
  upgrade: v1ToV2AddWarRoom,
};
