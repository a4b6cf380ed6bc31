import { describe, expect, it } from 'vitest';
import { createSaveLoop, createUndoHistory, type SaveState } from '../../../renderer/src/state/history';

describe('one undo history for plans and the workspace', () => {
  it('undo and redo walk the steps back and forth and name the step they would take', () => {
    const h = createUndoHistory<string>();
    h.record('a', 'add b', null);
    h.record('b', 'add c', null);
    expect(h.flags()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'add c', redoLabel: null });
    expect(h.undo('c')).toBe('b');
    expect(h.flags()).toEqual({ canUndo: true, canRedo: true, undoLabel: 'add b', redoLabel: 'add c' });
    expect(h.redo('b')).toBe('c');
    expect(h.redo('c')).toBeNull();
  });

  it('edits of one field in a row are one step; another key, or an undo, starts a new one', () => {
    const h = createUndoHistory<string>();
    h.record('', 'name', 'field-name');
    h.record('1', 'name', 'field-name');
    h.record('12', 'name', 'field-name');
    expect(h.undo('123')).toBe('');
    // The undo closed the edit: Escape in the field has nothing left to take back.
    expect(h.cancel('field-name')).toBeNull();
    h.redo('');
    h.record('123', 'name', 'field-name');
    h.record('1234', 'note', 'field-note');
    expect(h.undo('12345')).toBe('1234');
    expect(h.undo('1234')).toBe('123');
  });

  it('cancel takes back the open edit of a field without leaving a Redo step; another field is not touched', () => {
    const h = createUndoHistory<string>();
    h.record('a', 'title', 'field-title');
    h.record('ab', 'note', 'field-note');
    h.record('abc', 'note', 'field-note');
    expect(h.cancel('field-title')).toBeNull();
    expect(h.cancel('field-note')).toBe('ab');
    expect(h.flags()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'title', redoLabel: null });
    expect(h.cancel('field-note')).toBeNull();
    expect(h.undo('ab')).toBe('a');
  });

  it('a new edit drops what redo would have brought back, and closeEdit ends a merge', () => {
    const h = createUndoHistory<number>();
    h.record(1, 'x', 'k');
    h.undo(2);
    h.record(1, 'y', 'k');
    expect(h.flags().canRedo).toBe(false);
    h.closeEdit();
    h.record(3, 'y', 'k');
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(1);
  });

  it('keeps at most `limit` steps, the oldest go first', () => {
    const h = createUndoHistory<number>(3);
    for (let i = 0; i < 5; i++) h.record(i, `step ${i}`, null);
    expect(h.undo(5)).toBe(4);
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBeNull();
  });

  it('rebase moves every kept value', () => {
    const h = createUndoHistory<number>();
    h.record(1, 'a', null);
    h.record(2, 'b', null);
    h.undo(3);
    h.rebase((v) => v * 10);
    expect(h.redo(20)).toBe(30);
    expect(h.undo(30)).toBe(20);
    expect(h.undo(20)).toBe(10);
  });
});

describe('one save loop', () => {
  function harness(store: (persisted: number | null, value: number) => Promise<number>) {
    let current: number | null = 1;
    const saves: SaveState[] = [];
    const settled: number[] = [];
    const loop = createSaveLoop<number>({
      current: () => current,
      store,
      merged: (_written, stored) => {
        current = stored;
      },
      setSave: (s) => saves.push(s),
      settled: (v) => settled.push(v),
    });
    return { loop, saves, settled, set: (v: number | null) => (current = v), get: () => current };
  }

  it('edits made while a save runs are stored by one more round, from the stored value', async () => {
    const calls: [number | null, number][] = [];
    let release: () => void = () => {};
    const t = harness(async (persisted, value) => {
      calls.push([persisted, value]);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      return value;
    });
    const first = t.loop.flush();
    t.set(2);
    void t.loop.flush();
    t.set(3);
    void t.loop.flush();
    expect(t.loop.running()).not.toBeNull();
    release();
    await first;
    expect(calls).toEqual([
      [null, 1],
      [1, 3],
    ]);
    expect(t.loop.persisted).toBe(3);
    expect(t.loop.running()).toBeNull();
    expect(t.settled).toEqual([3]);
    expect(t.saves.at(-1)).toEqual({ kind: 'saved' });
  });

  it('nothing changed since the last store: nothing is written', async () => {
    let calls = 0;
    const t = harness(async (_p, v) => (calls++, v));
    await t.loop.flush();
    await t.loop.flush();
    expect(calls).toBe(1);
  });

  it('a full disk is reported as a quota failure and the next flush stores the whole difference again', async () => {
    let full = true;
    const bases: (number | null)[] = [];
    const t = harness(async (persisted, value) => {
      bases.push(persisted);
      if (full) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      return value;
    });
    await t.loop.flush();
    expect(t.saves.at(-1)).toEqual({ kind: 'failed', message: 'disk full', isQuota: true });
    expect(t.loop.persisted).toBeNull();
    full = false;
    t.set(2);
    await t.loop.flush();
    expect(bases).toEqual([null, null]);
    expect(t.saves.at(-1)).toEqual({ kind: 'saved' });
  });

  it('a store that merged in another window’s edit hands the merge to the value shown', async () => {
    const t = harness(async (_p, value) => value + 100);
    await t.loop.flush();
    expect(t.get()).toBe(101);
    expect(t.loop.persisted).toBe(101);
    expect(t.settled).toEqual([101]);
  });
});
