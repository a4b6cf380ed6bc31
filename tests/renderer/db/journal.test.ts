import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDocument } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  applyDiff,
  diffDocuments,
  getDb,
  insertDocument,
  loadDocument,
  replayJournals,
  writeJournal,
} from '../../../renderer/src/db';
import { runAsFieldEdit } from '../../../renderer/src/state/fieldEdit';
import { flushPlanSaves, usePlanStore } from '../../../renderer/src/state/planStore';

/** localStorage as the browser has it (Node has none). */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}
const storage = new MemoryStorage();
(globalThis as { localStorage?: unknown }).localStorage = storage;

const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  name: '2026 双11 日志',
  locale: 'zh-CN',
  now: new Date('2026-09-01T00:00:00Z'),
});
const taskId = doc.tasks[0]!.id;

function edited(base: PlanDocument, title: string, updatedAt: string): PlanDocument {
  return {
    ...base,
    plan: { ...base.plan, theme: title, updatedAt },
    tasks: base.tasks.map((t) => (t.id === taskId ? { ...t, title } : t)),
  };
}

async function stored() {
  return (await loadDocument(await getDb(), doc.plan.id))!;
}

beforeAll(async () => {
  await insertDocument(await getDb(), doc);
});
beforeEach(() => storage.clear());

describe('the crash journal: an edit the page had no time to store is stored at the next start', () => {
  it('replays an edit newer than what is stored, and forgets the journal', async () => {
    const before = await stored();
    writeJournal(before, edited(before, '页面关闭前最后一字', '2026-09-02T10:00:00.000Z'));
    expect(storage.length).toBe(1);
    await replayJournals(await getDb());
    const after = await stored();
    expect(after.plan.theme).toBe('页面关闭前最后一字');
    expect(after.tasks.find((t) => t.id === taskId)?.title).toBe('页面关闭前最后一字');
    expect(storage.length).toBe(0);
  });

  it('does not replay an edit the database already holds or has moved past', async () => {
    const before = await stored();
    // Stored at 10:00 (the replay above); a journal from 09:00 is older than what is stored.
    writeJournal(before, edited(before, '旧的草稿', '2026-09-02T09:00:00.000Z'));
    await replayJournals(await getDb());
    expect((await stored()).plan.theme).toBe('页面关闭前最后一字');
    expect(storage.length).toBe(0);
  });

  it('skips a damaged journal entry without failing the start', async () => {
    storage.setItem('campaign-desk:journal:broken', '{not json');
    await expect(replayJournals(await getDb())).resolves.toEqual([]);
    expect(storage.length).toBe(0);
  });
});

describe('one field edit is one undo step, however often it is stored while typing', () => {
  it('joins commits of the same field edit, and starts a new step for anything else', async () => {
    await usePlanStore.getState().openPlan(doc.plan.id);
    const start = usePlanStore.getState().doc!.plan.theme;
    const setTheme = (theme: string) =>
      usePlanStore.getState().commit('主题', (d) => ({ ...d, plan: { ...d.plan, theme } }));
    runAsFieldEdit('field-a', () => setTheme('双'));
    runAsFieldEdit('field-a', () => setTheme('双11'));
    runAsFieldEdit('field-a', () => setTheme('双11 全店'));
    usePlanStore.getState().undo();
    expect(usePlanStore.getState().doc!.plan.theme).toBe(start);

    usePlanStore.getState().redo();
    runAsFieldEdit('field-b', () => setTheme('B1'));
    setTheme('按钮改的');
    runAsFieldEdit('field-b', () => setTheme('B2')); // after another edit: a step of its own
    usePlanStore.getState().undo();
    expect(usePlanStore.getState().doc!.plan.theme).toBe('按钮改的');
  });

  it('Escape takes back the field edit only while it is the latest step', () => {
    const setTheme = (theme: string) =>
      usePlanStore.getState().commit('主题', (d) => ({ ...d, plan: { ...d.plan, theme } }));
    setTheme('之前');
    runAsFieldEdit('field-c', () => setTheme('草稿'));
    usePlanStore.getState().cancelEdit('field-c');
    expect(usePlanStore.getState().doc!.plan.theme).toBe('之前');
    runAsFieldEdit('field-d', () => setTheme('草稿2'));
    setTheme('别处的修改');
    usePlanStore.getState().cancelEdit('field-d'); // no longer the latest: nothing is undone
    expect(usePlanStore.getState().doc!.plan.theme).toBe('别处的修改');
  });
});

/**
 * The journal replays an entry only when it is newer than what is stored (plan.updatedAt). An
 * edit stamped by a clock that stood still (two edits in one millisecond, a test's fixed clock) or
 * had been set back (a laptop correcting its time after a flight), and an undo (which put back the
 * older document with its older stamp), were journalled as "older than stored" and dropped at the
 * next start: typed on screen, gone after a reload that came before the save.
 */
describe('every own edit is stamped later than the one before, whatever the clock says', () => {
  /** What a page that died right after `edit` leaves: the journal as written, the database as before. */
  async function diesAfter(edit: () => void): Promise<void> {
    const before = await stored();
    edit();
    const journal = [...Array(storage.length).keys()].map((i) => {
      const key = storage.key(i)!;
      return [key, storage.getItem(key)!] as const;
    });
    expect(journal.length).toBe(1);
    await flushPlanSaves();
    await applyDiff(await getDb(), doc.plan.id, diffDocuments(await stored(), before));
    for (const [key, value] of journal) storage.setItem(key, value);
  }
  const setTheme = (theme: string) =>
    usePlanStore.getState().commit('主题', (d) => ({ ...d, plan: { ...d.plan, theme } }));

  afterEach(() => vi.useRealTimers());

  it('keeps an edit made in the same millisecond as the stored one', async () => {
    await usePlanStore.getState().openPlan(doc.plan.id);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-03T08:00:00.000Z'));
    setTheme('同一毫秒之前');
    await flushPlanSaves();
    await diesAfter(() => setTheme('同一毫秒之内'));
    await replayJournals(await getDb());
    expect((await stored()).plan.theme).toBe('同一毫秒之内');
  });

  it('keeps an edit made after the clock was set back an hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-03T09:00:00.000Z'));
    setTheme('改时间之前');
    await flushPlanSaves();
    vi.setSystemTime(new Date('2026-09-03T08:00:00.000Z'));
    await diesAfter(() => setTheme('时钟回拨之后'));
    await replayJournals(await getDb());
    expect((await stored()).plan.theme).toBe('时钟回拨之后');
    expect((await stored()).plan.updatedAt > '2026-09-03T09:00:00.000Z').toBe(true);
  });

  it('keeps an undo, which puts back an older document', async () => {
    setTheme('撤销之前');
    setTheme('将被撤销');
    await flushPlanSaves();
    await diesAfter(() => usePlanStore.getState().undo());
    await replayJournals(await getDb());
    expect((await stored()).plan.theme).toBe('撤销之前');
  });
});
