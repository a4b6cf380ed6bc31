import { describe, expect, it } from 'vitest';
import {
  planDocumentSchema,
  type IncidentId,
  type IsoDate,
  type PlanDocument,
  type RiskId,
} from '../../../shared/domain';
import { evaluateAlerts } from '../../../shared/warroom/alerts';
import { incidentTimeProblem, resolvedTimeProblem, watchedNow } from '../../../shared/warroom/incidentTime';
import { computePacing } from '../../../shared/warroom/pacing';
import {
  acknowledgeAlert,
  addIncident,
  removeIncident,
  updateIncident,
  type IncidentPatch,
} from '../../../shared/warroom/recipes';
import { workedPlan, workedPlanWithData } from './worked';

/** docs/warroom.md, "Incidents". */
describe('incidents logged by hand and edited', () => {
  const logged = addIncident(workedPlan(), { at: '2026-11-11T00:07', what: '零点支付页卡顿' });
  const id = logged.incidents[0]!.id as IncidentId;

  it('a hand-logged incident is open, medium, with no risk', () => {
    expect(logged.incidents[0]).toMatchObject({
      at: '2026-11-11T00:07',
      what: '零点支付页卡顿',
      status: 'open',
      severity: 'medium',
      riskId: null,
      action: '',
    });
  });

  it('linking a risk takes its contingency as the action and marks the risk triggered at the incident’s time', () => {
    const linked = updateIncident(logged, {
      id,
      patch: { riskId: 'r-sys' as RiskId },
      now: '2026-11-11T00:10',
    });
    expect(linked.incidents[0]!.action).toBe('切换备用服务器');
    const risk = linked.risks.find((r) => r.id === 'r-sys')!;
    expect(risk.status).toBe('triggered');
    expect(risk.triggeredAt).toBe('2026-11-11T00:07');
    // An action already written is kept.
    const own = updateIncident(
      updateIncident(logged, { id, patch: { action: '限流排队' }, now: '2026-11-11T00:10' }),
      {
        id,
        patch: { riskId: 'r-sys' as RiskId },
        now: '2026-11-11T00:10',
      },
    );
    expect(own.incidents[0]!.action).toBe('限流排队');
  });

  it('resolving stamps resolved-at with the moment; reopening clears it; owner and note are kept', () => {
    const resolved = updateIncident(
      updateIncident(logged, {
        id,
        patch: { owner: '张三', resolution: '扩容后恢复' },
        now: '2026-11-11T00:20',
      }),
      { id, patch: { status: 'resolved' }, now: '2026-11-11T00:31' },
    );
    expect(resolved.incidents[0]).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-11-11T00:31',
      owner: '张三',
      resolution: '扩容后恢复',
    });
    expect(
      updateIncident(resolved, { id, patch: { status: 'handling' }, now: '2026-11-11T00:40' }).incidents[0]!
        .resolvedAt,
    ).toBeNull();
  });
});

/** docs/warroom.md, "Incidents": when an incident happens, when it is resolved, and deleting it. */
describe('incidents on the war room’s day', () => {
  // Watching 11-11 (the worked plan's one campaign day) on 2026-12-06, after the campaign.
  const plan = workedPlan().plan;
  const twoDays = { ...plan, endDate: '2026-11-12' as IsoDate };

  it('a new incident is placed on the watched day, not on the computer’s date', () => {
    expect(watchedNow(plan, '2026-11-11' as IsoDate, '2026-12-06T14:22')).toBe('2026-11-11T14:22');
    // On the day itself the clock is the moment.
    expect(watchedNow(plan, '2026-11-11' as IsoDate, '2026-11-11T04:00')).toBe('2026-11-11T04:00');
    // Just after midnight, before the next campaign day's first hour has arrived: that day.
    expect(watchedNow(twoDays, '2026-11-11' as IsoDate, '2026-11-12T00:05')).toBe('2026-11-12T00:05');
    // … but not a day after the campaign: the night of its last day has just ended, so the last minute of it.
    expect(watchedNow(plan, '2026-11-11' as IsoDate, '2026-11-12T00:05')).toBe('2026-11-11T23:59');
    // Two days after, the planner looks back: the watched day at the clock's time.
    expect(watchedNow(plan, '2026-11-11' as IsoDate, '2026-11-13T00:05')).toBe('2026-11-11T00:05');
  });

  const logged = addIncident(
    { ...workedPlan(), plan: twoDays },
    { at: '2026-11-11T23:30', what: '物流延迟' },
  );
  const id = logged.incidents[0]!.id as IncidentId;
  const edit = (doc: PlanDocument, patch: IncidentPatch, now = '2026-11-11T14:22') =>
    updateIncident(doc, { id, patch, now });

  it('its date can move to another day of the plan, never off it', () => {
    expect(edit(logged, { at: '2026-11-12T01:00' }).incidents[0]!.at).toBe('2026-11-12T01:00');
    expect(edit(logged, { at: '2026-11-13T01:00' })).toBe(logged);
    expect(edit(logged, { at: '2026-11-10T23:00' })).toBe(logged);
    expect(edit(logged, { at: '2026-02-30T01:00' })).toBe(logged);
    expect(incidentTimeProblem(twoDays, { resolvedAt: null }, '2026-12-06T20:15')).toEqual({
      kind: 'outsideCampaign',
      from: '2026-11-11',
      to: '2026-11-12',
    });
  });

  it('resolving never stamps a time before the incident; the resolved time is editable, not before it', () => {
    // Logged at 23:30, resolved at "14:22" of the watched day: stamped 23:30, the incident's own time.
    const resolved = edit(logged, { status: 'resolved' });
    expect(resolved.incidents[0]).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-11T23:30' });
    // Resolved the next morning (typed): kept.
    const typed = edit(resolved, { resolvedAt: '2026-11-12T08:10' });
    expect(typed.incidents[0]!.resolvedAt).toBe('2026-11-12T08:10');
    // Before the incident: refused, nothing changes.
    expect(edit(typed, { resolvedAt: '2026-11-11T23:00' })).toBe(typed);
    expect(resolvedTimeProblem(typed.incidents[0]!, '2026-11-11T23:00')).toEqual({
      kind: 'beforeIncident',
      at: '2026-11-11T23:30',
    });
    // The incident cannot move after its resolution either.
    expect(edit(typed, { at: '2026-11-12T09:00' })).toBe(typed);
    expect(edit(typed, { at: '2026-11-12T08:00' }).incidents[0]!.at).toBe('2026-11-12T08:00');
    // A later moment than the incident is stamped as it is.
    expect(edit(logged, { status: 'resolved' }, '2026-11-12T00:40').incidents[0]!.resolvedAt).toBe(
      '2026-11-12T00:40',
    );
    // An open incident has no resolved time to type.
    expect(edit(logged, { resolvedAt: '2026-11-12T08:10' })).toBe(logged);
    expect(planDocumentSchema.safeParse(typed).success).toBe(true);
  });

  it('an incident can be deleted; the acknowledgement that opened it stays, pointing at nothing', () => {
    const doc = workedPlanWithData();
    const pacing = computePacing(doc);
    const alert = evaluateAlerts(doc, pacing).find((a) => a.code === 'stockCover')!;
    const acked = acknowledgeAlert(doc, {
      alert,
      at: '2026-11-11T04:00',
      nowIso: '2026-11-11T04:00:00.000Z',
      language: 'zh',
    });
    const opened = acked.incidents.at(-1)!;
    const after = removeIncident(acked, { id: opened.id });
    expect(after.incidents.map((i) => i.id)).not.toContain(opened.id);
    expect(after.incidents).toHaveLength(acked.incidents.length - 1);
    expect(after.alertAcks.at(-1)).toMatchObject({ code: 'stockCover', incidentId: null });
    // The stock risk stays triggered; nothing else changes.
    expect(after.risks).toBe(acked.risks);
    expect(after.hourly).toBe(acked.hourly);
    expect(planDocumentSchema.safeParse(after).success).toBe(true);
    expect(removeIncident(after, { id: opened.id })).toBe(after);
  });
});
