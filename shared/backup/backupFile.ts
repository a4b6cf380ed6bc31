import {
  BACKUP_FORMAT,
  DATA_VERSION,
  collectionKeys,
  type BackupFile,
  type PlanDocument,
} from '../domain/document';
import { workspaceSchema, type Workspace } from '../domain/workspace';
import { newId } from '../domain/ids';
import type { LocalizedText } from '../i18n/locale';
import { upgradeDocument } from '../migrations';
import { issueReason, workspaceFieldName } from './issueText';

/**
 * The one versioned JSON file behind "Export all data", automatic backups and per-plan share
 * files (`.campaign.json`, one plan). Reading never throws: it returns the plans or one problem
 * the UI words in the planner's language.
 */
export const SHARE_FILE_SUFFIX = '.campaign.json';

export function serializeBackup(
  plans: readonly PlanDocument[],
  opts: { exportedAt: Date; appVersion?: string; workspace?: Workspace },
): string {
  return joinBackup(
    plans.map((p) => JSON.stringify(p)),
    opts,
  );
}

/**
 * The backup file's text from its plans each already written as JSON (`JSON.stringify(doc)`):
 * the same text as `serializeBackup` (tested), for a caller that writes a large library plan by
 * plan and lets the browser breathe between plans (state/backupStore.ts).
 */
export function joinBackup(
  planJsons: readonly string[],
  opts: { exportedAt: Date; appVersion?: string; workspace?: Workspace },
): string {
  const { open, close } = backupFrame(opts);
  return `${open}${planJsons.join(',')}${close}`;
}

/** What comes before the first plan's JSON (`{…,"plans":[`) and after the last (`]…}`). */
export function backupFrame(opts: { exportedAt: Date; appVersion?: string; workspace?: Workspace }): {
  open: string;
  close: string;
} {
  const head: Omit<BackupFile, 'plans' | 'workspace'> = {
    format: BACKUP_FORMAT,
    dataVersion: DATA_VERSION,
    exportedAt: opts.exportedAt.toISOString(),
    appVersion: opts.appVersion ?? '',
  };
  const workspace = opts.workspace ? `,"workspace":${JSON.stringify(opts.workspace)}` : '';
  return { open: `${JSON.stringify(head).slice(0, -1)},"plans":[`, close: `]${workspace}}` };
}

/** How many bytes `text` takes as UTF-8, without encoding it (a backup can be 100 MB and more). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A backup of documents still in an older stored shape (read raw before a schema upgrade).
 * `parseBackup` upgrades them through shared/migrations when the backup is restored.
 */
export function serializeRawBackup(
  plans: readonly unknown[],
  dataVersion: number,
  exportedAt: Date,
  workspace: unknown = null,
): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    dataVersion,
    exportedAt: exportedAt.toISOString(),
    appVersion: '',
    plans,
    ...(workspace ? { workspace } : {}),
  });
}

export type BackupProblem =
  | { kind: 'notJson'; detail: string }
  | { kind: 'notBackup' }
  | { kind: 'newerVersion'; found: number; supported: number }
  | {
      kind: 'invalidPlan';
      planIndex: number;
      planName: string;
      path: string;
      message: string;
      /** Why, in both languages (the schema's English `message` is not shown). */
      reason: LocalizedText;
    }
  | {
      kind: 'invalidWorkspace';
      path: string;
      /** The schema's own words (English), for logs; the planner reads `field` and `reason`. */
      message: string;
      /** The field in the planner's words, e.g. 团队 · 第 1 人“张三” · 并行任务上限. */
      field: LocalizedText;
      /** Why it was refused, e.g. 不能大于 1,000. */
      reason: LocalizedText;
    };

export type ParsedBackup =
  | {
      ok: true;
      file: BackupFile;
      /** The data version the file was written in; lower than DATA_VERSION when it was upgraded. */
      fromVersion: number;
    }
  | { ok: false; problem: BackupProblem };

function planNameOf(raw: unknown): string {
  const name = (raw as { plan?: { name?: unknown } } | null)?.plan?.name;
  return typeof name === 'string' ? name : '';
}

export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'notJson', detail: error instanceof Error ? error.message : '' } };
  }
  const head = json as { format?: unknown; dataVersion?: unknown; plans?: unknown } | null;
  if (
    !head ||
    typeof head !== 'object' ||
    head.format !== BACKUP_FORMAT ||
    typeof head.dataVersion !== 'number' ||
    !Number.isInteger(head.dataVersion) ||
    head.dataVersion < 1 ||
    !Array.isArray(head.plans)
  ) {
    return { ok: false, problem: { kind: 'notBackup' } };
  }
  const fromVersion = head.dataVersion;
  if (fromVersion > DATA_VERSION) {
    return { ok: false, problem: { kind: 'newerVersion', found: fromVersion, supported: DATA_VERSION } };
  }
  const plans: PlanDocument[] = [];
  for (const [planIndex, raw] of (head.plans as unknown[]).entries()) {
    const result = upgradeDocument(raw, fromVersion);
    if (!result.ok) {
      const first = result.problems[0];
      return {
        ok: false,
        problem: {
          kind: 'invalidPlan',
          planIndex,
          planName: planNameOf(raw),
          path: first?.path ?? '',
          message: first?.message ?? '',
          reason: first?.reason ?? issueReason(undefined),
        },
      };
    }
    plans.push(result.doc);
  }
  const meta = json as { exportedAt?: unknown; appVersion?: unknown; workspace?: unknown };
  // Files written before schema version 3 have no workspace: they restore an empty one.
  let workspace: Workspace | undefined;
  if (meta.workspace !== undefined) {
    const read = workspaceSchema.safeParse(meta.workspace);
    if (!read.success) {
      const issue = read.error.issues[0];
      const path = ['workspace', ...(issue?.path ?? [])].map(String).join('.');
      return {
        ok: false,
        problem: {
          kind: 'invalidWorkspace',
          path,
          message: issue?.message ?? '',
          field: workspaceFieldName(issue?.path ?? [], meta.workspace) ?? { zh: path, en: path },
          reason: issueReason(issue),
        },
      };
    }
    workspace = read.data;
  }
  return {
    ok: true,
    fromVersion,
    file: {
      format: BACKUP_FORMAT,
      dataVersion: DATA_VERSION,
      exportedAt: typeof meta.exportedAt === 'string' ? meta.exportedAt : '',
      appVersion: typeof meta.appVersion === 'string' ? meta.appVersion : '',
      plans,
      ...(workspace ? { workspace } : {}),
    },
  };
}

/** A file name for a plan's share file: its name without characters file systems refuse. */
export function shareFileName(doc: PlanDocument): string {
  const safe = doc.plan.name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe || 'plan'}${SHARE_FILE_SUFFIX}`;
}

/** Every id a document defines: the plan's, each record's, and nested ids (key moments, slots). */
function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') into.add(v);
      else collectIds(v, into);
    }
  }
}

function replaceIds(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceIds(v, map)]));
  }
  return value;
}

/**
 * The same plan under fresh ids, for opening a share file on a machine that already has it.
 * Ids are random UUIDs, so any string equal to a defined id is a reference to it (planId,
 * predecessor links, budget line links …) and is rewritten with it: links stay intact.
 */
export function reidentifyDocument(doc: PlanDocument): PlanDocument {
  const ids = new Set<string>();
  collectIds(doc, ids);
  const map = new Map<string, string>();
  for (const id of ids) map.set(id, newId());
  const next = replaceIds(doc, map) as PlanDocument;
  // The review is keyed by its plan id, which has just been rewritten with the rest.
  return next;
}

/** Counts shown in a backup preview, per plan. */
export function summarizeDocument(doc: PlanDocument): { name: string; records: number; tasks: number } {
  let records = 0;
  for (const key of collectionKeys) records += doc[key].length;
  return { name: doc.plan.name, records, tasks: doc.tasks.length };
}
