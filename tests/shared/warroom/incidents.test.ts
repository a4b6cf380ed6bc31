import { describe, expect, it } from 'vitest';
import type { IncidentId, RiskId } from '../../../shared/domain';
import { addIncident, updateIncident } from '../../../shared/warroom/recipes';
import { workedPlan } from './worked';

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
