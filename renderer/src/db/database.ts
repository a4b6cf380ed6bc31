import Dexie, { type Table } from 'dexie';
import {
  DATA_VERSION,
  collectionKeys,
  type CollectionKey,
  type CollectionRecord,
  type Person,
  type Plan,
  type Review,
  type YearBudget,
} from '../../../shared/domain';
import { v1ToV2 } from '../../../shared/migrations/v1ToV2AddWarRoom';
import { prepareOpen, upgradeStoredDocuments } from './migrations';

/**
 * The IndexedDB schema. Versions are only ever added (docs/architecture.md §6): each new
 * `this.version(n)` keeps every earlier one and calls a named upgrader from shared/migrations.
 * Every per-plan table is indexed by planId so a plan loads with one indexed query per table.
 */
export const DB_NAME = 'campaign-desk';
/** The Dexie schema version shipped by this build. */
export const SCHEMA_VERSION = 3;

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The tables of schema version 1, written out: a shipped version never changes. */
const v1Collections = [
  'goals',
  'phases',
  'tasks',
  'channels',
  'budgetCategories',
  'budgetLines',
  'promotions',
  'products',
  'risks',
  'checklist',
  'actuals',
  'lessons',
  'baselines',
] as const;

export const schemaV1: Record<string, string> = {
  plans: 'id, updatedAt, archivedAt, deletedAt, type',
  reviews: 'planId',
  meta: 'key',
  ...Object.fromEntries(v1Collections.map((k) => [k, 'id, planId'])),
};
// Actuals are also looked up by plan and date for the review charts.
schemaV1.actuals = 'id, planId, [planId+date]';

/** Version 2 adds the war room's tables; hourly data is also looked up by plan and hour. */
export const schemaV2: Record<string, string> = {
  hourly: 'id, planId, [planId+hour]',
  incidents: 'id, planId',
  alertAcks: 'id, planId',
  hourProfiles: 'id, planId',
  alertRules: 'id, planId',
};

/**
 * Version 3 adds the workspace (shared/domain/workspace.ts): records of the whole library, not of
 * one plan — the team roster and the yearly budget caps, one per year. New, empty tables need no
 * upgrader and the plans' stored shape does not change (DATA_VERSION stays).
 */
export const schemaV3: Record<string, string> = {
  people: 'id',
  yearBudgets: 'id, year',
};

export class CampaignDeskDb extends Dexie {
  plans!: Table<Plan, string>;
  people!: Table<Person, string>;
  yearBudgets!: Table<YearBudget, string>;
  reviews!: Table<Review, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx) => upgradeStoredDocuments(tx, v1ToV2));
    this.version(3).stores(schemaV3);
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: 'dataVersion', value: DATA_VERSION });
    });
  }

  collection<K extends CollectionKey>(key: K): Table<CollectionRecord<K>, string> {
    return this.table(key) as Table<CollectionRecord<K>, string>;
  }

  /** Every table a plan's records live in, for one read/write transaction over a whole plan. */
  get planTables(): Table[] {
    return [this.plans, this.reviews, ...collectionKeys.map((k) => this.table(k))];
  }

  /**
   * The plan tables and `meta`, for writes that also store the library's summary of the plan
   * (db/planSummaryRepo.ts). Not in planTables: a restore clears those, and meta holds more.
   */
  get planWriteTables(): Table[] {
    return [...this.planTables, this.meta];
  }

  /** The workspace's tables (people, yearly budgets), for one transaction over all of it. */
  get workspaceTables(): Table[] {
    return [this.people, this.yearBudgets];
  }
}

export class NewerDatabaseError extends Error {
  /** `found` is the newer data version, or the newer schema version when that is what gave it away. */
  constructor(readonly found: number) {
    super(`The data was written by a newer version of Campaign Desk (version ${found}).`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Opens the database and refuses one written by a newer app — before anything is written to it.
 * Dexie itself raises VersionError when the IndexedDB version is higher than ours; the stored
 * data version catches a newer data shape written under the same schema version.
 */
export async function openDatabase(name: string = DB_NAME): Promise<CampaignDeskDb> {
  // Checked with raw IndexedDB first: Dexie 4 opens a higher version without complaint, and an
  // older one is backed up before Dexie upgrades it.
  const before = await prepareOpen(name, SCHEMA_VERSION);
  if (before.kind === 'newer') throw new NewerDatabaseError(before.found);
  const db = new CampaignDeskDb(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Dexie.VersionError) {
      throw new NewerDatabaseError(Number.NaN);
    }
    throw error;
  }
  const stored = await db.meta.get('dataVersion');
  const version = typeof stored?.value === 'number' ? stored.value : DATA_VERSION;
  if (version > DATA_VERSION) {
    db.close();
    throw new NewerDatabaseError(version);
  }
  return db;
}
