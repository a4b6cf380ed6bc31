import { DATA_VERSION, planDocumentSchema, type PlanDocument } from '../domain/document';
import { issueReason } from '../backup/issueText';
import type { LocalizedText } from '../i18n/locale';
import { v1ToV2 } from './v1ToV2AddWarRoom';

/**
 * Upgrades of stored plan documents, one named pure function per data version step.
 *
 * A step takes a document as it was stored at `fromVersion` (plain JSON, not yet validated) and
 * returns it in the shape of `toVersion`. Steps are only ever added, never edited once shipped:
 * old backups and old databases must keep upgrading the same way. The same registry serves the
 * IndexedDB schema upgrades (renderer/src/db/migrations.ts) and backup files (shared/backup).
 */
export interface Migration {
  fromVersion: number;
  toVersion: number;
  /** Says what the step does, e.g. `v1ToV2SplitBudgetNotes`; shown in errors and logs. */
  name: string;
  upgrade(doc: unknown): unknown;
}

/**
 * Every step, oldest first. To change the stored shape: bump DATA_VERSION, add
 * `{ fromVersion: n, toVersion: n + 1, name, upgrade }` here (its own file and test under
 * tests/shared/migrations/), and follow the recipe in renderer/src/db/migrations.ts.
 */
export const migrations: readonly Migration[] = [v1ToV2];

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly fromVersion: number,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The steps from `fromVersion` up to `toVersion`, in order; throws when a step is missing. */
export function migrationPath(
  fromVersion: number,
  toVersion: number = DATA_VERSION,
  registry: readonly Migration[] = migrations,
): Migration[] {
  if (fromVersion > toVersion) {
    throw new MigrationError(
      `Data version ${fromVersion} is newer than this app understands (${toVersion}).`,
      fromVersion,
    );
  }
  const path: Migration[] = [];
  let at = fromVersion;
  while (at < toVersion) {
    const step = registry.find((m) => m.fromVersion === at);
    if (!step || step.toVersion <= at) {
      throw new MigrationError(`No upgrade from data version ${at} to ${toVersion}.`, fromVersion);
    }
    path.push(step);
    at = step.toVersion;
  }
  return path;
}

/** Runs the named steps over a raw document, oldest first. Pure: the input is not changed. */
export function upgradeRawDocument(
  raw: unknown,
  fromVersion: number,
  registry: readonly Migration[] = migrations,
  toVersion: number = DATA_VERSION,
): unknown {
  return migrationPath(fromVersion, toVersion, registry).reduce((doc, step) => step.upgrade(doc), raw);
}

export interface RestoreProblem {
  /** Where in the document, e.g. `tasks.3.startDate`. */
  path: string;
  message: string;
  /** Why, in both languages (the schema's issue read by shared/backup/issueText); absent for a failed upgrade step. */
  reason?: LocalizedText;
}

/**
 * The restore step of the current version (v1): validates a raw document against the current
 * schema and fills every defaulted field, so a document written by an earlier build of the same
 * data version (with fewer optional fields) loads as a complete one.
 */
export function restorePlanDocumentV1(
  raw: unknown,
): { ok: true; doc: PlanDocument } | { ok: false; problems: RestoreProblem[] } {
  const parsed = planDocumentSchema.safeParse(raw);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
      reason: issueReason(issue),
    })),
  };
}

/** Upgrade then restore: any stored document of a known version becomes a current PlanDocument. */
export function upgradeDocument(
  raw: unknown,
  fromVersion: number,
  registry: readonly Migration[] = migrations,
): { ok: true; doc: PlanDocument } | { ok: false; problems: RestoreProblem[] } {
  let upgraded: unknown;
  try {
    upgraded = upgradeRawDocument(raw, fromVersion, registry);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
    };
  }
  return restorePlanDocumentV1(upgraded);
}
