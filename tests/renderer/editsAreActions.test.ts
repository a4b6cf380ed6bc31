import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Edits are actions (docs/architecture.md §5): a screen commits an edit through
 * `runEdit(action, params)` (renderer/src/state/editActions.ts), whose label — the undo step's
 * name — comes from the action. A component that takes the store's `commit` itself names its
 * undo step inline, which is what this test refuses outside renderer/src/state.
 */
const root = join(import.meta.dirname, '../..');
const src = join(root, 'renderer/src');

/** `useCommit()`, `useXStore((s) => s.commit)`, `useXStore.getState().commit(…)`. */
const STORE_COMMIT = [/\buseCommit\b/, /\(\s*\w+\s*\)\s*=>\s*\w+\.commit\b/, /getState\(\)\.commit\b/];

export function takesStoreCommit(source: string): boolean {
  return STORE_COMMIT.some((re) => re.test(source));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('edits are committed through edit actions', () => {
  it('recognises the ways a component takes the store commit, and lets runEdit and a field commit pass', () => {
    expect(takesStoreCommit('const commit = useCommit();')).toBe(true);
    expect(takesStoreCommit('const commit = useWorkspaceStore((s) => s.commit);')).toBe(true);
    expect(takesStoreCommit("usePlanStore.getState().commit('x', r);")).toBe(true);
    expect(takesStoreCommit('runEdit(addTaskEdit, { title, isMilestone });')).toBe(false);
    expect(takesStoreCommit('if (field.commit()) leave();')).toBe(false);
  });

  it('finds no component outside state/ taking the store commit', () => {
    const offenders = files(src)
      .filter((path) => !relative(src, path).startsWith('state/'))
      .filter((path) => takesStoreCommit(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
