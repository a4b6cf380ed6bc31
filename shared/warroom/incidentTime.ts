import { addDays, isValidIsoDate, localMomentSchema, type IsoDate, type PlanDocument } from '../domain';

/**
 * When incidents happen (docs/warroom.md "Incidents"). Moments are local wall-clock
 * `YYYY-MM-DDTHH:mm`, so they compare as strings.
 */

type Incident = PlanDocument['incidents'][number];

/**
 * The war room's "now" on the day it is watching (`watchedDay`: the day of its last elapsed hour,
 * the day its charts show). The clock itself when it is on that day, or on the next campaign day
 * (just after midnight, before that day's first hour has arrived); the watched day's last minute,
 * 23:59, when the clock has just passed midnight after the campaign's last day (the night of 双11
 * has ended: 00:30 of that day would put it before nearly all of the day's data); otherwise — the
 * planner looks back at a past day, or ahead — the watched day at the clock's HH:mm.
 */
export function watchedNow(
  plan: Pick<PlanDocument['plan'], 'endDate'>,
  watchedDay: string,
  clock: string,
): string {
  const today = clock.slice(0, 10);
  const isNextDay = today === addDays(watchedDay, 1);
  if (today === watchedDay || (isNextDay && today <= plan.endDate)) return clock.slice(0, 16);
  return isNextDay ? `${watchedDay}T23:59` : `${watchedDay}T${clock.slice(11, 16)}`;
}

/** Why a new time of an incident is refused; null when it is kept. */
export type IncidentTimeProblem =
  | { kind: 'notAMoment' }
  /** Its date is not a day of the plan (`from`–`to`). */
  | { kind: 'outsideCampaign'; from: IsoDate; to: IsoDate }
  /** It would come after the incident's resolved-at time. */
  | { kind: 'afterResolved'; resolvedAt: string };

/** Why a resolved-at time is refused; null when it is kept. */
export type ResolvedTimeProblem = { kind: 'notAMoment' } | { kind: 'beforeIncident'; at: string };

/** A moment as the schema writes it (localMomentSchema) on a day the calendar has. */
const isMoment = (v: string) => localMomentSchema.safeParse(v).success && isValidIsoDate(v.slice(0, 10));

/** An incident happens on a day of the plan, and not after it was resolved. */
export function incidentTimeProblem(
  plan: Pick<PlanDocument['plan'], 'startDate' | 'endDate'>,
  incident: Pick<Incident, 'resolvedAt'>,
  at: string,
): IncidentTimeProblem | null {
  if (!isMoment(at)) return { kind: 'notAMoment' };
  const day = at.slice(0, 10);
  if (day < plan.startDate || day > plan.endDate)
    return { kind: 'outsideCampaign', from: plan.startDate, to: plan.endDate };
  if (incident.resolvedAt !== null && at > incident.resolvedAt)
    return { kind: 'afterResolved', resolvedAt: incident.resolvedAt };
  return null;
}

/** An incident is resolved at or after it happened (on any day: the fix may come after the campaign). */
export function resolvedTimeProblem(
  incident: Pick<Incident, 'at'>,
  resolvedAt: string,
): ResolvedTimeProblem | null {
  if (!isMoment(resolvedAt)) return { kind: 'notAMoment' };
  return resolvedAt < incident.at ? { kind: 'beforeIncident', at: incident.at } : null;
}
