import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSchema, yearBudgetSchema, type Workspace } from '../../../shared/domain';
import { getDb, loadWorkspace, saveWorkspace } from '../../../renderer/src/db';
import { CHANNEL_NAME } from '../../../renderer/src/state/syncTabs';
import { flushWorkspaceSaves, useWorkspaceStore } from '../../../renderer/src/state/workspaceStore';

/**
 * Two windows on one workspace (docs/architecture.md): the other window is played by writes
 * straight to the database plus its BroadcastChannel message. Neither overwrites the other's
 * edits, and this window's undo never takes the other's back.
 */
const items = new Map<string, string>();
(globalThis as { localStorage?: unknown }).localStorage = {
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, String(v)),
  removeItem: (k: string) => void items.delete(k),
};

const zhang = personSchema.parse({ id: 'p-zhang', name: '张三', department: '运营' });
const cap2026 = yearBudgetSchema.parse({ id: 'y-2026', year: 2026, capMinor: 100_000_00 });
const store = () => useWorkspaceStore.getState();
const other = new BroadcastChannel(CHANNEL_NAME);

/** The other window stores `change` of what it last read, and says so. */
async function otherWindowStores(change: (w: Workspace) => Workspace, announce = true): Promise<void> {
  const db = await getDb();
  const read = await loadWorkspace(db);
  await saveWorkspace(db, read, change(read));
  if (announce) other.postMessage({ kind: 'workspace' });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  await store().load();
  store().commit('添加', (w) => ({ ...w, people: [zhang], yearBudgets: [cap2026] }));
  await flushWorkspaceSaves();
});
afterAll(() => other.close());

describe('the workspace in two windows', () => {
  it('a save merges the other window’s stored edits field by field instead of overwriting them', async () => {
    // The other window changed 张三's department and added 李四, without this one hearing of it.
    await otherWindowStores(
      (w) => ({
        ...w,
        people: [{ ...w.people[0]!, department: '市场' }, personSchema.parse({ id: 'p-li', name: '李四' })],
      }),
      false,
    );
    store().commit('角色', (w) => ({ ...w, people: w.people.map((p) => ({ ...p, role: '组长' })) }));
    await flushWorkspaceSaves();
    const stored = await loadWorkspace(await getDb());
    expect(stored.people.map((p) => [p.name, p.department, p.role]).sort()).toEqual([
      ['张三', '市场', '组长'],
      ['李四', '', ''],
    ]);
    // And this window shows what is stored.
    expect(
      store()
        .workspace?.people.map((p) => [p.name, p.department, p.role])
        .sort(),
    ).toEqual([
      ['张三', '市场', '组长'],
      ['李四', '', ''],
    ]);
  });

  it('shows another window’s new cap at once, and Undo here takes back only this window’s edit', async () => {
    await otherWindowStores((w) => ({
      ...w,
      yearBudgets: w.yearBudgets.map((y) => ({ ...y, capMinor: 150_000_00 })),
    }));
    await until(() => store().workspace?.yearBudgets[0]?.capMinor === 150_000_00);
    expect(store().undoLabel).toBe('角色');
    store().undo();
    await flushWorkspaceSaves();
    const stored = await loadWorkspace(await getDb());
    expect(stored.yearBudgets[0]?.capMinor).toBe(150_000_00);
    expect(stored.people.find((p) => p.name === '张三')).toMatchObject({ role: '', department: '市场' });
  });

  it('a person deleted in the other window disappears here', async () => {
    await otherWindowStores((w) => ({ ...w, people: w.people.filter((p) => p.name !== '李四') }));
    await until(() => store().workspace?.people.length === 1);
    expect(store().workspace?.people[0]?.name).toBe('张三');
  });
});
