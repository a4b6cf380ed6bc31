import { getDb } from '../db';

export type DatabaseState = { kind: 'opening' } | { kind: 'ready' } | { kind: 'error'; error: unknown };

let state: DatabaseState = { kind: 'opening' };

/**
 * The database starts opening as soon as this module is evaluated — main.tsx imports it first,
 * so IndexedDB works while the rest of the app's modules are evaluated and React renders.
 * DatabaseGate shows the outcome; `databaseState` tells it synchronously once settled.
 */
export const databaseOpened: Promise<DatabaseState> = getDb().then(
  () => (state = { kind: 'ready' }),
  (error: unknown) => (state = { kind: 'error', error }),
);

export function databaseState(): DatabaseState {
  return state;
}
