import { describe, it, expect } from 'vitest';
import {
  blackFridayOf,
  getTemplate,
  nextPeakDate,
  suggestPeakDate,
  templates,
  type CampaignTemplate,
} from '../../../shared/templates';
import { templateProblems } from '../../../shared/templates/validate';
import { fs } from '../../../shared/templates/builders';

function taskByKey(template: CampaignTemplate, key: string) {
  const found = template.tasks.find((t) => t.key === key);
  if (!found) throw new Error(`${template.id} has no task "${key}"`);
  return found;
}

describe('the built-in templates', () => {
  it('cover the six campaign types the issue names', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(
      ['blackFriday', 'double11', 'memberDay', 'mid618', 'newProduct', 'newYear'].sort(),
    );
    expect(getTemplate('double11')?.name.zh).toContain('双11');
    expect(getTemplate('nope')).toBeUndefined();
  });

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('is a sound schedule: 25–40 tasks, known predecessors, no cycles, links respected, all inside the span, both languages filled', () => {
      expect(templateProblems(template)).toEqual([]);
      expect(template.tasks.length).toBeGreaterThanOrEqual(25);
      expect(template.tasks.length).toBeLessThanOrEqual(40);
    });

    it('schedules backwards from the peak the way planners do', () => {
      const peak = taskByKey(template, 'peak');
      expect(peak.isMilestone).toBe(true);
      expect(peak.startOffset).toBe(0);
      expect(peak.milestoneTime).not.toBeNull();
      const freeze = taskByKey(template, 'materialFreeze');
      expect(freeze.isMilestone).toBe(true);
      expect(freeze.startOffset).toBeGreaterThanOrEqual(-16);
      expect(freeze.startOffset).toBeLessThanOrEqual(-12);
      const stress = taskByKey(template, 'fullStressTest');
      expect(stress.workstream).toBe('tech');
      expect(stress.startOffset).toBeGreaterThanOrEqual(-9);
      expect(stress.startOffset).toBeLessThanOrEqual(-5);
      expect(taskByKey(template, 'warRoom').startOffset).toBe(-1);
      const encoreEnd = Math.max(
        ...template.phases.filter((p) => p.kind === 'encore').map((p) => p.endOffset),
      );
      expect(Number.isFinite(encoreEnd)).toBe(true);
      expect(taskByKey(template, 'reviewMeeting').startOffset).toBeGreaterThan(encoreEnd);
    });

    it('has the phases of a promotion, in order and without overlap', () => {
      const kinds = template.phases.map((p) => p.kind);
      for (const kind of ['prep', 'warmup', 'burst', 'encore', 'review'] as const)
        expect(kinds).toContain(kind);
      for (let i = 1; i < template.phases.length; i++) {
        const prev = template.phases[i - 1]!;
        expect(template.phases[i]!.startOffset).toBe(prev.endOffset + 1);
      }
      expect(template.phases[0]!.startOffset).toBe(template.startOffset);
      expect(template.phases.at(-1)!.endOffset).toBe(template.endOffset);
    });

    it('has a readiness checklist covering tech, coupons, legal, training, logistics, stock and rehearsal', () => {
      const categories = new Set(template.checklist.map((c) => c.category));
      for (const c of ['tech', 'coupon', 'legal', 'training', 'logistics', 'stock', 'rehearsal'] as const) {
        expect(categories).toContain(c);
      }
    });

    it('has goals with a metric and deadline, risks with contingency plans, channels and budget categories', () => {
      expect(template.goals.length).toBeGreaterThanOrEqual(3);
      expect(template.risks.length).toBeGreaterThanOrEqual(6);
      for (const r of template.risks) expect(r.contingency.zh.length).toBeGreaterThan(0);
      expect(template.channels.length).toBeGreaterThanOrEqual(4);
      expect(template.budgetCategories).toContain('reserve');
    });
  });

  it('puts 双11 moments where the platform does: pre-sale T-18 20:00, opening wave T-11 20:00, peak 00:00', () => {
    const t = getTemplate('double11')!;
    const moment = (kind: string) => t.keyMoments.find((m) => m.kind === kind);
    expect(moment('presaleStart')).toMatchObject({ offset: -18, time: '20:00' });
    expect(moment('firstWave')).toMatchObject({ offset: -11, time: '20:00' });
    expect(moment('peak')).toMatchObject({ offset: 0, time: '00:00' });
  });

  it('makes 黑五/网一 a cross-border plan in USD on Amazon and Shopify', () => {
    const t = getTemplate('blackFriday')!;
    expect(t.defaultCurrency).toBe('USD');
    expect(t.defaultPlatforms).toEqual(expect.arrayContaining(['amazon', 'shopify']));
  });

  it('has 年货节 stop shipping before Spring Festival and tell customers so', () => {
    const t = getTemplate('newYear')!;
    const cutoff = taskByKey(t, 'shippingCutoff');
    expect(cutoff.isMilestone).toBe(true);
    expect(cutoff.startOffset).toBeGreaterThan(0);
    expect(taskByKey(t, 'cutoffNotice').endOffset).toBeLessThan(cutoff.startOffset);
  });
});

describe('templateProblems catches unsound data', () => {
  const base = getTemplate('double11')!;
  const withTasks = (tasks: CampaignTemplate['tasks']): CampaignTemplate => ({ ...base, tasks });

  it('names a predecessor that does not exist', () => {
    const tasks = base.tasks.map((t) => (t.key === 'peak' ? { ...t, predecessors: [fs('ghost')] } : t));
    expect(templateProblems(withTasks(tasks))).toEqual([
      'double11: task "peak" depends on an unknown task "ghost"',
    ]);
  });

  it('names a task that starts before its predecessor finishes plus lag', () => {
    const tasks = base.tasks.map((t) =>
      t.key === 'stressFixes' ? { ...t, predecessors: [fs('fullStressTest', 2)] } : t,
    );
    expect(templateProblems(withTasks(tasks))).toEqual([
      'double11: task "stressFixes" starts at -6, before its FS predecessor "fullStressTest" allows (-4)',
    ]);
  });

  it('finds a dependency cycle', () => {
    const tasks = base.tasks.map((t) =>
      t.key === 'lastYearReview'
        ? { ...t, predecessors: [{ key: 'reviewReport', type: 'SS' as const, lagDays: -100 }] }
        : t,
    );
    const problems = templateProblems(withTasks(tasks));
    expect(problems.some((p) => p.startsWith('double11: dependency cycle'))).toBe(true);
  });

  it('finds a text missing in one language and a task outside the span', () => {
    const tasks = base.tasks.map((t) =>
      t.key === 'reviewReport' ? { ...t, endOffset: 11, title: { zh: '复盘报告', en: ' ' } } : t,
    );
    expect(templateProblems(withTasks(tasks))).toEqual([
      'double11: task "reviewReport" lies outside the plan span',
      'double11: tasks[38].title is empty in a language',
    ]);
  });

  it('counts tasks', () => {
    expect(templateProblems(withTasks(base.tasks.slice(0, 24)))[0]).toBe(
      'double11: has 24 tasks, expected 25–40',
    );
  });
});

describe('suggestPeakDate', () => {
  it('knows the fixed days, Black Friday and 年货节 three weeks before 春节', () => {
    expect(suggestPeakDate('double11', 2026)).toBe('2026-11-11');
    expect(suggestPeakDate('mid618', 2027)).toBe('2027-06-18');
    // Thanksgiving 2026 is Thursday 26 November; 2025: 27 November; 2024: 28 November.
    expect(suggestPeakDate('blackFriday', 2026)).toBe('2026-11-27');
    expect(blackFridayOf(2025)).toBe('2025-11-28');
    expect(blackFridayOf(2024)).toBe('2024-11-29');
    // 春节 2027 is 6 February; three weeks before is 16 January.
    expect(suggestPeakDate('newYear', 2027)).toBe('2027-01-16');
  });

  it('makes no suggestion where the brand chooses the day or the year is outside the table', () => {
    expect(suggestPeakDate('newProduct', 2026)).toBeNull();
    expect(suggestPeakDate('memberDay', 2026)).toBeNull();
    expect(suggestPeakDate('newYear', 2040)).toBeNull();
  });
});

describe('nextPeakDate (what the new-plan dialog fills in)', () => {
  it("takes this year's peak while it is ahead, next year's once it has passed", () => {
    // On 2026-12-04 this year's 双11 and 618 have passed; Black Friday (27 Nov) too.
    expect(nextPeakDate('double11', '2026-12-04')).toBe('2027-11-11');
    expect(nextPeakDate('mid618', '2026-12-04')).toBe('2027-06-18');
    // 2027's Thanksgiving is Thursday 25 November, Black Friday the 26th.
    expect(nextPeakDate('blackFriday', '2026-12-04')).toBe('2027-11-26');
    // 春节 2027 is 6 February, so 年货节's peak 2027-01-16 is still ahead on 2026-12-04.
    expect(nextPeakDate('newYear', '2026-12-04')).toBe('2027-01-16');
    // On the peak day itself the peak is still offered.
    expect(nextPeakDate('double11', '2026-11-11')).toBe('2026-11-11');
    expect(nextPeakDate('mid618', '2026-05-20')).toBe('2026-06-18');
  });

  it('leaves the day empty where the brand chooses it', () => {
    expect(nextPeakDate('newProduct', '2026-12-04')).toBeNull();
    expect(nextPeakDate('memberDay', '2026-12-04')).toBeNull();
  });
});
