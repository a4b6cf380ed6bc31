import { openDatabase, type CampaignDeskDb } from './database';

let opening: Promise<CampaignDeskDb> | null = null;

/** The app's one database connection, opened on first use. */
export function getDb(): Promise<CampaignDeskDb> {
  opening ??= openDatabase();
  return opening;
}
