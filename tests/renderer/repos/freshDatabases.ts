import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDatabase, type CampaignDeskDb } from '../../../renderer/src/db';

/**
 * A throwaway database for each test of a file, deleted after the test: call at the top of the
 * file, then `const db = await freshDb()` inside a test. Every name is new, so no test sees
 * another's records.
 */
export function freshDatabases(prefix: string): () => Promise<CampaignDeskDb> {
  const opened: CampaignDeskDb[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return async () => {
    const db = await openDatabase(`${prefix}-${++n}`);
    opened.push(db);
    return db;
  };
}
