import { openDatabase, type CampaignDeskDb } from './database';
import { replayJournals, replayWorkspaceJournal } from './journal';

let opening: Promise<CampaignDeskDb> | null = null;

/**
 * The app's one database connection, opened on first use. Edits an earlier page journalled but
 * did not get to store (db/journal.ts) are stored before anyone reads.
 */
export function getDb(): Promise<CampaignDeskDb> {
  opening ??= openDatabase().then(async (db) => {
    try {
      await replayJournals(db);
      await replayWorkspaceJournal(db);
    } catch (error) {
      console.error('Could not replay the edit journal:', error);
    }
    return db;
  });
  return opening;
}
