import { describe, expect, it } from 'vitest';
import {
  addRecord,
  moveRecord,
  newRecord,
  removeRecord,
  updatePlan,
  updateRecord,
} from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';

const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  locale: 'zh-CN',
  now: new Date('2026-08-01T00:00:00Z'),
});

describe('pure document edits', () => {
  it('changes only the edited record and keeps every other record identical (the store diffs by identity)', () => {
    const task = doc.tasks[3]!;
    const next = updateRecord(doc, 'tasks', task.id, { owner: '王芳' });
    expect(next.tasks[3]!.owner).toBe('王芳');
    expect(next.tasks.filter((t, i) => t !== doc.tasks[i])).toHaveLength(1);
    expect(next.risks).toBe(doc.risks);
    expect(doc.tasks[3]!.owner).not.toBe('王芳');
  });

  it('returns the same document when the id is unknown', () => {
    expect(updateRecord(doc, 'tasks', 'nope', { owner: 'x' })).toBe(doc);
  });

  it('removing a task drops it from its successors’ predecessor lists', () => {
    const pred = doc.tasks.find((t) => doc.tasks.some((s) => s.predecessors.some((p) => p.taskId === t.id)))!;
    const next = removeRecord(doc, 'tasks', pred.id);
    expect(next.tasks.find((t) => t.id === pred.id)).toBeUndefined();
    expect(next.tasks.some((t) => t.predecessors.some((p) => p.taskId === pred.id))).toBe(false);
    expect(next.tasks).toHaveLength(doc.tasks.length - 1);
  });

  it('removing a phase leaves its tasks unfiled rather than pointing at nothing', () => {
    const phase = doc.phases[0]!;
    const inPhase = doc.tasks.filter((t) => t.phaseId === phase.id).length;
    expect(inPhase).toBeGreaterThan(0);
    const next = removeRecord(doc, 'phases', phase.id);
    expect(next.tasks.filter((t) => t.phaseId === phase.id)).toHaveLength(0);
    expect(next.tasks.filter((t) => t.phaseId === null)).toHaveLength(
      inPhase + doc.tasks.filter((t) => t.phaseId === null).length,
    );
  });

  it('removing a channel or a budget category unfiles every record filed under it, and only those', () => {
    const channel = doc.channels[0]!;
    const category = doc.budgetCategories[0]!;
    const withRefs = {
      ...doc,
      tasks: doc.tasks.map((t, i) => (i < 2 ? { ...t, channelId: channel.id } : t)),
      budgetLines: [
        { ...doc.budgetLines[0]!, channelId: channel.id, categoryId: category.id },
        ...doc.budgetLines.slice(1),
      ],
      actuals: [newRecord('actuals', doc.plan.id, { date: '2026-11-11', channelId: channel.id, uv: 10 })],
    };
    const noChannel = removeRecord(withRefs, 'channels', channel.id);
    expect(noChannel.channels.some((c) => c.id === channel.id)).toBe(false);
    expect(noChannel.tasks.slice(0, 2).map((t) => t.channelId)).toEqual([null, null]);
    expect(noChannel.budgetLines[0]!.channelId).toBeNull();
    expect(noChannel.budgetLines[0]!.categoryId).toBe(category.id);
    expect(noChannel.actuals[0]!.channelId).toBeNull();
    expect(noChannel.tasks[2]).toBe(withRefs.tasks[2]);

    const noCategory = removeRecord(withRefs, 'budgetCategories', category.id);
    expect(noCategory.budgetLines[0]!.categoryId).toBeNull();
    expect(noCategory.budgetLines[0]!.channelId).toBe(channel.id);
    expect(noCategory.tasks).toBe(withRefs.tasks);
  });

  it('adds a record at the end of the order and moves it up', () => {
    const risk = { ...doc.risks[0]!, id: 'new-risk' as never, description: '新风险' };
    const added = addRecord(doc, 'risks', risk);
    expect(added.risks.at(-1)!.description).toBe('新风险');
    expect(added.risks.at(-1)!.order).toBeGreaterThan(Math.max(...doc.risks.map((r) => r.order)));
    const moved = moveRecord(added, 'risks', 'new-risk', -1);
    expect(moved.risks.at(-2)!.id).toBe('new-risk');
    expect(moveRecord(moved, 'risks', doc.risks[0]!.id, -1)).toBe(moved);
  });

  it('updates plan fields', () => {
    expect(updatePlan(doc, { name: '双11 终版' }).plan.name).toBe('双11 终版');
  });
});
