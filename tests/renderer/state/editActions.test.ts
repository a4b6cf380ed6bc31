import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { updateRecord, type PlanDocument, type TaskId } from '../../../shared/domain';
import { double11Plan } from '../../fixtures/double11Plan';
import { getDb, insertDocument } from '../../../renderer/src/db';
import { defineEdit, editCommand, runEdit } from '../../../renderer/src/state/editActions';
import { usePlanStore } from '../../../renderer/src/state/planStore';
import { useSettingsStore } from '../../../renderer/src/state/settingsStore';

const doc = double11Plan();
const taskId = doc.tasks[0]!.id;
const messages = {
  'zh-CN': { rename: (title: string) => `任务改名为「${title}」` },
  'en-US': { rename: (title: string) => `Rename task to “${title}”` },
};
const rename = defineEdit<{ id: TaskId; title: string }, (typeof messages)['zh-CN']>({
  id: 'test.renameTask',
  messages,
  label: (m, p) => m.rename(p.title),
  recipe: (d: PlanDocument, p) => updateRecord(d, 'tasks', p.id, { title: p.title }),
  isEnabled: (_d, p) => p.title.trim() !== '',
});
const titleNow = () => usePlanStore.getState().doc?.tasks.find((t) => t.id === taskId)?.title;

beforeAll(async () => {
  await insertDocument(await getDb(), doc);
  await usePlanStore.getState().openPlan(doc.plan.id);
});

describe('an edit action is committed under its own label', () => {
  it('names the undo step in the open language and undoes as one step', () => {
    const before = titleNow();
    useSettingsStore.setState({ locale: 'zh-CN' });
    runEdit(rename, { id: taskId, title: '主会场' });
    expect(titleNow()).toBe('主会场');
    expect(usePlanStore.getState().undoLabel).toBe('任务改名为「主会场」');
    useSettingsStore.setState({ locale: 'en-US' });
    runEdit(rename, { id: taskId, title: 'Main venue' });
    expect(usePlanStore.getState().undoLabel).toBe('Rename task to “Main venue”');
    usePlanStore.getState().undo();
    usePlanStore.getState().undo();
    expect(titleNow()).toBe(before);
    usePlanStore.getState().redo();
    expect(titleNow()).toBe('主会场');
  });

  it('commits nothing when the enabled test says no', () => {
    const label = usePlanStore.getState().undoLabel;
    runEdit(rename, { id: taskId, title: '  ' });
    expect(titleNow()).toBe('主会场');
    expect(usePlanStore.getState().undoLabel).toBe(label);
  });

  it('is offered to the palette under the same words in both languages, and performs the edit', () => {
    let title = '预热';
    const command = editCommand(rename, () => ({ id: taskId, title }));
    expect(command.id).toBe('test.renameTask');
    expect(command.label).toEqual({ zh: '任务改名为「预热」', en: 'Rename task to “预热”' });
    title = '';
    expect(command.isEnabled?.()).toBe(false);
    title = 'Warm-up';
    command.perform();
    expect(titleNow()).toBe('Warm-up');
  });
});

describe('a workspace edit is committed to the workspace under its own label', () => {
  it('sets a quarter cap as one undo step named for that quarter, and undoes it', async () => {
    const { useWorkspaceStore } = await import('../../../renderer/src/state/workspaceStore');
    const { setYearCapEdit } = await import('../../../renderer/src/features/yearBudget/yearBudgetEdits');
    await useWorkspaceStore.getState().load();
    const quarters = () =>
      useWorkspaceStore.getState().workspace?.yearBudgets.find((b) => b.year === 2026)?.quarterCapsMinor;
    useSettingsStore.setState({ locale: 'zh-CN' });
    runEdit(setYearCapEdit, { year: 2026, currency: 'CNY', slot: 3, capMinor: 1_200_000_00 });
    expect(quarters()).toEqual([null, null, 1_200_000_00, null]);
    expect(useWorkspaceStore.getState().undoLabel).toBe('修改第 3 季度上限');
    useWorkspaceStore.getState().undo();
    expect(quarters()).toBeUndefined();
  });
});
