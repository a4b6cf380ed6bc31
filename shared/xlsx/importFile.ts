import { collectionKeys, newId, todayIso, type PlanDocument, type PlanId, type PlanType } from '../domain';
import { emptyDocument } from '../domain/document';
import { inFile, makeProblem, type ImportProblem, type ImportResult } from './problems';
import { cellText, isBlank, type SheetGrid, type WorkbookGrid } from './read/grid';
import { fieldsByKind, type ImportKind } from './read/fields';
import { findHeaderRow, matchHeaderRow } from './read/headers';
import { importActualsSheet, type ActualsImport } from './read/actuals';
import { importBudgetSheet } from './read/budget';
import { importPlanWorkbook, isPlanWorkbook } from './read/planWorkbook';
import { readWorkbook } from './read/readWorkbook';
import { titleAbove, type Footnote, type SheetMapping } from './read/rows';
import { importGoalsSheet } from './read/goals';
import { importProductsSheet } from './read/products';
import { importScheduleSheet, type RowsContext } from './read/schedule';

export type ImportKindOption = ImportKind | 'plan' | 'auto';

export interface ImportContext {
  fileName: string;
  /** The open plan, when merging into it: its id, currency, channels and dates are used. */
  plan?: PlanDocument | null;
  /** ISO instant for createdAt/updatedAt of a new plan. */
  now?: string;
  /** YYYY-MM-DD; the last resort for a date typed without a year. */
  today?: string;
  /** For actuals: the campaign itself or the baseline it is compared with. */
  period?: 'campaign' | 'baseline';
}

export interface SheetCandidate {
  sheet: string;
  kind: ImportKind;
  headerRow: number;
  score: number;
}

export interface ImportPreview {
  /** The header row's texts, one per column. */
  headers: string[];
  /** The first data rows under the header, as the planner sees them. */
  rows: { excelRow: number; cells: string[] }[];
}

export interface WorkbookImport {
  kind: ImportKind | 'plan';
  /** null for the app's own plan workbook, which needs no mapping. */
  mapping: SheetMapping | null;
  candidates: SheetCandidate[];
  preview: ImportPreview | null;
  /**
   * For schedule, budget, SKU, goal and plan imports: a complete plan holding what was read. Its plan
   * record is the open plan when one was given (for a merge), else a new plan.
   */
  document: PlanDocument;
  /** For actuals imports: the day rows and the channels they name that the plan lacks. */
  actuals: ActualsImport | null;
  /**
   * Data rows read and rows left out because of errors (spreadsheet row numbers). For the app's
   * own plan workbook: the records it holds, all of which the import creates.
   */
  rowCount: number;
  rejectedRows: number[];
  /** Notes under the table (注：…): not data, kept as the new plan's notes. */
  footnotes: Footnote[];
}

export const PREVIEW_ROWS = 8;

/** The planner's choice on the mapping screen: read this sheet (and this header row). */
export interface SheetPick {
  sheet: string;
  /** 0-based; null or absent: the importer finds the header row on that sheet. */
  headerRow?: number | null;
}

export interface ImportOptions {
  kind?: ImportKindOption;
  mapping?: SheetMapping | null;
  /** Used when no mapping is given: guess the mapping on this sheet instead of the best one. */
  pick?: SheetPick | null;
  context: ImportContext;
}

/** The kinds a planner's sheet is recognised as (the war room's hourly files have their own importer). */
export const concreteKinds: readonly ImportKind[] = ['schedule', 'budget', 'products', 'goals', 'actuals'];

/**
 * The mapping for a sheet the planner chose: the best-scoring kind and header row on it, or, when
 * nothing on it looks like a header, its first non-blank row with no columns mapped yet, so the
 * planner can map them by hand.
 */
export function mappingForSheet(
  workbook: WorkbookGrid,
  pick: SheetPick,
  kind: ImportKindOption = 'auto',
): SheetMapping | null {
  const sheet = workbook.sheets.find((s) => s.name === pick.sheet);
  if (!sheet) return null;
  const kinds = kind === 'auto' || kind === 'plan' ? concreteKinds : [kind];
  let best: { kind: ImportKind; headerRow: number; columns: Record<string, number>; score: number } | null =
    null;
  for (const k of kinds) {
    const guess =
      pick.headerRow === null || pick.headerRow === undefined
        ? findHeaderRow(sheet, k)
        : { headerRow: pick.headerRow, ...matchHeaderRow(sheet.rows[pick.headerRow] ?? [], k) };
    if (guess && (!best || guess.score > best.score)) best = { kind: k, ...guess };
  }
  const chosenKind = best && best.score > 0 ? best.kind : kinds[0]!;
  const headerRow =
    pick.headerRow ??
    (best && best.score > 0
      ? best.headerRow
      : Math.max(
          0,
          sheet.rows.findIndex((r) => r.some((c) => !isBlank(c))),
        ));
  const columns: Record<string, number | null> = {};
  for (const def of fieldsByKind[chosenKind]) {
    columns[def.key] = best && best.kind === chosenKind ? (best.columns[def.key] ?? null) : null;
  }
  return { kind: chosenKind, sheet: sheet.name, headerRow, columns, dateOrder: null };
}

/** Every sheet and kind whose header row the importer recognises, best first. */
export function findCandidates(workbook: WorkbookGrid, kind: ImportKindOption = 'auto'): SheetCandidate[] {
  const kinds = kind === 'auto' || kind === 'plan' ? concreteKinds : [kind];
  const out: SheetCandidate[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) continue;
    for (const k of kinds) {
      const guess = findHeaderRow(sheet, k);
      if (guess) out.push({ sheet: sheet.name, kind: k, headerRow: guess.headerRow, score: guess.score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The importer's guess of which column holds what, for the mapping screen to show and correct. */
export function guessMapping(
  workbook: WorkbookGrid,
  kind: ImportKind,
  sheetName?: string,
): SheetMapping | null {
  const sheets = sheetName
    ? workbook.sheets.filter((s) => s.name === sheetName)
    : workbook.sheets.filter((s) => !s.hidden);
  let best: SheetMapping | null = null;
  let bestScore = -1;
  for (const sheet of sheets) {
    const guess = findHeaderRow(sheet, kind);
    if (!guess || guess.score <= bestScore) continue;
    bestScore = guess.score;
    const columns: Record<string, number | null> = {};
    for (const def of fieldsByKind[kind]) columns[def.key] = guess.columns[def.key] ?? null;
    best = { kind, sheet: sheet.name, headerRow: guess.headerRow, columns, dateOrder: null };
  }
  return best;
}

export function previewOf(sheet: SheetGrid, headerRow: number, count = PREVIEW_ROWS): ImportPreview {
  const header = sheet.rows[headerRow] ?? [];
  let width = header.length;
  const rows: ImportPreview['rows'] = [];
  for (let r = headerRow + 1; r < sheet.rows.length && rows.length < count; r++) {
    const row = sheet.rows[r] ?? [];
    const cells = row.map(cellText);
    if (cells.every((c) => c.trim() === '')) continue;
    width = Math.max(width, cells.length);
    rows.push({ excelRow: r + 1, cells });
  }
  const headers = Array.from({ length: width }, (_, c) => cellText(header[c] ?? null));
  return {
    headers,
    rows: rows.map((r) => ({ ...r, cells: Array.from({ length: width }, (_, c) => r.cells[c] ?? '') })),
  };
}

const planTypeWords: [PlanType, RegExp][] = [
  ['double11', /双\s*11|双十一|11\.11|singles/i],
  ['double12', /双\s*12|双十二|12\.12/i],
  ['mid618', /618|年中大促/],
  ['blackFriday', /黑五|网一|black\s*friday|cyber\s*monday/i],
  ['newYear', /年货/],
  ['newProduct', /新品/],
  ['memberDay', /会员日/],
  ['brandDay', /品牌日/],
];

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;
}

/** A new plan around what was read: its name from the sheet's title row or the file name. */
function newPlanDocument(name: string, dates: string[], ctx: ImportContext, currency: string): PlanDocument {
  const sorted = [...dates].sort();
  const today = ctx.today ?? todayIso();
  const now = ctx.now ?? new Date().toISOString();
  const startDate = sorted[0] ?? today;
  const endDate = sorted[sorted.length - 1] ?? startDate;
  const type = planTypeWords.find(([, re]) => re.test(name))?.[0] ?? 'custom';
  return emptyDocument({
    id: newId<PlanId>(),
    name: name.slice(0, 200) || 'Imported plan',
    theme: '',
    type,
    platforms: [],
    currency,
    startDate,
    endDate,
    peakDate: endDate,
    keyMoments: [],
    status: 'draft',
    audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
    notes: '',
    budgetCapMinor: null,
    contingency: null,
    blackoutDays: [],
    templateId: null,
    sourcePlanId: null,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    deletedAt: null,
  });
}

/** The notes under a table, one per line, as a new plan's notes. */
function footnoteText(footnotes: readonly Footnote[]): string {
  return footnotes.map((f) => f.text).join('\n');
}

const PEAK_WORDS = /零点|高潮|爆发|peak|开抢|狂欢/i;

function emptyImport(
  kind: ImportKind | 'plan',
  doc: PlanDocument,
  mapping: SheetMapping | null,
  candidates: SheetCandidate[],
): WorkbookImport {
  return {
    kind,
    mapping,
    candidates,
    preview: null,
    document: doc,
    actuals: null,
    rowCount: 0,
    rejectedRows: [],
    footnotes: [],
  };
}

/**
 * Reads a parsed workbook as the given kind with the given (or guessed) mapping. Never throws.
 * Nothing is written anywhere: the caller shows the result and the problems, and writes only
 * when the planner confirms.
 */
export function importWorkbook(workbook: WorkbookGrid, options: ImportOptions): ImportResult<WorkbookImport> {
  try {
    const result = importUnguarded(workbook, options);
    return { ...result, problems: inFile(result.problems, options.context.fileName) };
  } catch (error) {
    // A bug of ours must not escape as an exception into the UI or the CLI; it is reported.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      value: null,
      problems: [makeProblem('damagedFile', { file: options.context.fileName, detail })],
    };
  }
}

function importUnguarded(workbook: WorkbookGrid, options: ImportOptions): ImportResult<WorkbookImport> {
  const ctx = options.context;
  const requested = options.kind ?? 'auto';
  const currency = ctx.plan?.plan.currency ?? 'CNY';
  if ((requested === 'auto' || requested === 'plan') && isPlanWorkbook(workbook)) {
    const read = importPlanWorkbook(workbook);
    if (!read.value) return { value: null, problems: read.problems };
    const records = collectionKeys.reduce((sum, key) => sum + read.value![key].length, 0);
    return {
      value: { ...emptyImport('plan', read.value, null, []), rowCount: records },
      problems: read.problems,
    };
  }
  const candidates = findCandidates(workbook, requested);
  let mapping = options.mapping ?? (options.pick ? mappingForSheet(workbook, options.pick, requested) : null);
  if (!mapping) {
    const kind = requested === 'auto' || requested === 'plan' ? candidates[0]?.kind : requested;
    mapping = kind ? guessMapping(workbook, kind, candidates.find((c) => c.kind === kind)?.sheet) : null;
  }
  if (!mapping) {
    const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
    const problem = makeProblem(
      requested === 'actuals' ? 'noActualsHeaderRow' : 'noHeaderRow',
      { sheetName: first?.name ?? '', scanned: 30 },
      { sheet: first?.name ?? null },
    );
    return { value: null, problems: [problem] };
  }
  const sheet = workbook.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) {
    return {
      value: null,
      problems: [
        makeProblem('noHeaderRow', { sheetName: mapping.sheet, scanned: 30 }, { sheet: mapping.sheet }),
      ],
    };
  }
  const keyField = fieldsByKind[mapping.kind].find((d) => d.isKey)!;
  const fallbackName = titleAbove(sheet, mapping.headerRow) ?? baseName(ctx.fileName);
  const base = ctx.plan ?? newPlanDocument(fallbackName, [], ctx, currency);
  const preview = previewOf(sheet, mapping.headerRow);
  if (mapping.columns[keyField.key] === null || mapping.columns[keyField.key] === undefined) {
    const problem = makeProblem(
      'noTitleColumn',
      { fieldZh: keyField.label.zh, fieldEn: keyField.label.en },
      { sheet: sheet.name },
    );
    return {
      value: { ...emptyImport(mapping.kind, emptyDocument(base.plan), mapping, candidates), preview },
      problems: [problem],
    };
  }
  const rowsCtx: RowsContext = {
    planId: base.plan.id,
    planStart: ctx.plan?.plan.startDate ?? null,
    today: ctx.today ?? todayIso(),
    currency,
  };
  const problems: ImportProblem[] = [];

  // What a sheet of one kind gives: its records in `doc`, the rows read and rejected, its notes.
  const sheetImport = (
    kind: ImportKind,
    doc: PlanDocument,
    read: { rowCount: number; rejectedRows: number[]; footnotes: Footnote[] },
  ): WorkbookImport => ({
    ...emptyImport(kind, doc, mapping, candidates),
    preview,
    rowCount: read.rowCount,
    rejectedRows: read.rejectedRows,
    footnotes: read.footnotes,
  });

  if (mapping.kind === 'schedule') {
    const r = importScheduleSheet(sheet, mapping, rowsCtx);
    problems.push(...r.problems);
    let doc = emptyDocument(base.plan);
    if (!ctx.plan) {
      const dates = r.value.tasks.flatMap((t) => [t.startDate, t.endDate]);
      doc = newPlanDocument(fallbackName, dates, ctx, currency);
      const peak =
        r.value.tasks.find((t) => t.isMilestone && PEAK_WORDS.test(t.title)) ??
        r.value.tasks.find((t) => PEAK_WORDS.test(t.title)) ??
        [...r.value.tasks]
          .filter((t) => t.isMilestone)
          .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
      if (peak) doc.plan.peakDate = peak.startDate;
      for (const t of r.value.tasks) t.planId = doc.plan.id;
      for (const p of r.value.phases) p.planId = doc.plan.id;
      doc.plan.notes = footnoteText(r.value.footnotes);
    }
    doc = { ...doc, tasks: r.value.tasks, phases: r.value.phases };
    return { value: sheetImport('schedule', doc, r.value), problems };
  }

  if (mapping.kind === 'budget') {
    const r = importBudgetSheet(sheet, mapping, rowsCtx);
    problems.push(...r.problems);
    let doc = emptyDocument(base.plan);
    if (!ctx.plan) {
      const dates = r.value.lines.map((l) => l.paymentDate).filter((d): d is string => d !== null);
      doc = newPlanDocument(fallbackName, dates, ctx, currency);
      for (const l of r.value.lines) l.planId = doc.plan.id;
      for (const c of r.value.categories) c.planId = doc.plan.id;
      for (const c of r.value.channels) c.planId = doc.plan.id;
      doc.plan.notes = footnoteText(r.value.footnotes);
    }
    // Phases named only in a budget sheet have no dates of their own: they span the plan.
    for (const p of r.value.phases) {
      p.planId = doc.plan.id;
      p.startDate = doc.plan.startDate;
      p.endDate = doc.plan.endDate;
    }
    doc = {
      ...doc,
      budgetLines: r.value.lines,
      budgetCategories: r.value.categories,
      channels: r.value.channels,
      phases: r.value.phases,
    };
    return { value: sheetImport('budget', doc, r.value), problems };
  }

  if (mapping.kind === 'products' || mapping.kind === 'goals') {
    // SKUs and goals stand on their own: no phases, categories or dates to bring along.
    const r =
      mapping.kind === 'products'
        ? importProductsSheet(sheet, mapping, rowsCtx)
        : importGoalsSheet(sheet, mapping, rowsCtx);
    const records = 'products' in r.value ? r.value.products : r.value.goals;
    let doc = emptyDocument(base.plan);
    if (!ctx.plan) {
      doc = newPlanDocument(fallbackName, [], ctx, currency);
      for (const x of records) x.planId = doc.plan.id;
      doc.plan.notes = footnoteText(r.value.footnotes);
    }
    const read =
      'products' in r.value ? { ...doc, products: r.value.products } : { ...doc, goals: r.value.goals };
    return {
      value: sheetImport(mapping.kind, read, r.value),
      problems: [...problems, ...r.problems],
    };
  }

  const r = importActualsSheet(sheet, mapping, {
    ...rowsCtx,
    channels: ctx.plan?.channels ?? [],
    period: ctx.period ?? 'campaign',
  });
  problems.push(...r.problems);
  return {
    value: {
      kind: 'actuals',
      mapping,
      candidates,
      preview,
      document: { ...emptyDocument(base.plan), channels: r.value.newChannels },
      actuals: r.value,
      rowCount: r.value.rowCount,
      rejectedRows: r.value.rejectedRows,
      footnotes: [],
    },
    problems,
  };
}

/** Bytes to result in one call: read, guess, map, validate. Never throws. */
export function importFile(bytes: Uint8Array, options: ImportOptions): ImportResult<WorkbookImport> {
  try {
    const read = readWorkbook(bytes, options.context.fileName);
    if (!read.value) return { value: null, problems: read.problems };
    return importWorkbook(read.value, options);
  } catch (error) {
    // A bug of ours must not escape as an exception into the UI or the CLI; it is reported.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      value: null,
      problems: [makeProblem('damagedFile', { file: options.context.fileName, detail })],
    };
  }
}
