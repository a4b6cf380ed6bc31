import { DATA_VERSION, type PlanDocument } from '../../domain';
import {
  META_SHEET,
  PLAN_WORKBOOK_FORMAT,
  planSheetKeys,
  sheetSchemas,
  type PlanSheetKey,
} from '../planWorkbookFormat';
import { columnLetter, makeProblem, type ImportProblem, type ImportResult } from '../problems';
import {
  cellText,
  isDateCell,
  isPercentCell,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from './grid';

/** True when the workbook carries the app's own marker sheet. */
export function isPlanWorkbook(workbook: WorkbookGrid): boolean {
  const meta = workbook.sheets.find((s) => s.name === META_SHEET);
  return cellText(meta?.rows[0]?.[1] ?? null) === PLAN_WORKBOOK_FORMAT;
}

type Decoded = { ok: true; value: unknown } | { ok: false };

function decode(cell: CellValue, encoding: string): Decoded {
  if (cell === null) return { ok: true, value: null };
  if (encoding === 'json') {
    try {
      return { ok: true, value: JSON.parse(cellText(cell)) as unknown };
    } catch {
      return { ok: false };
    }
  }
  if (isDateCell(cell)) return { ok: true, value: cell.date };
  if (isPercentCell(cell)) return { ok: true, value: cell.fraction };
  return { ok: true, value: cell };
}

function readSheet(grid: SheetGrid, key: PlanSheetKey, problems: ImportProblem[]): Record<string, unknown>[] {
  const keyRow = grid.rows[1] ?? [];
  const columns = keyRow.map((c) => {
    const [field = '', encoding = 'plain'] = cellText(c).split('#');
    return { field, encoding };
  });
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => c === null)) continue;
    const record: Record<string, unknown> = {};
    let bad = false;
    columns.forEach(({ field, encoding }, c) => {
      if (!field) return;
      const d = decode(row[c] ?? null, encoding);
      if (!d.ok) {
        bad = true;
        problems.push(
          makeProblem(
            'invalidRecord',
            { detail: `${field}: JSON` },
            {
              sheet: grid.name,
              row: r + 1,
              column: columnLetter(c),
              header: cellText(grid.rows[0]?.[c] ?? null),
              cell: cellText(row[c] ?? null),
            },
          ),
        );
        return;
      }
      // A blank cell is "not set": the schema's default fills it (null for nullable fields).
      if (d.value !== null) record[field] = d.value;
    });
    if (bad) continue;
    // Unknown fields (written by a newer app) are kept, as a restore keeps them.
    const parsed = sheetSchemas[key].loose().safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const c = columns.findIndex((x) => x.field === field);
      problems.push(
        makeProblem(
          'invalidRecord',
          { detail: `${issue?.path.join('.') ?? ''} — ${issue?.message ?? ''}` },
          {
            sheet: grid.name,
            row: r + 1,
            column: c >= 0 ? columnLetter(c) : null,
            header: c >= 0 ? cellText(grid.rows[0]?.[c] ?? null) : null,
            cell: c >= 0 ? cellText(row[c] ?? null) : null,
          },
        ),
      );
      continue;
    }
    out.push(parsed.data as Record<string, unknown>);
  }
  return out;
}

/** Reads the app's own full plan workbook back into the document it was written from. */
export function importPlanWorkbook(workbook: WorkbookGrid): ImportResult<PlanDocument> {
  const problems: ImportProblem[] = [];
  const meta = workbook.sheets.find((s) => s.name === META_SHEET);
  const sheetFor = new Map<string, string>();
  for (const row of meta?.rows ?? []) {
    if (cellText(row[0] ?? null) === 'sheet')
      sheetFor.set(cellText(row[1] ?? null), cellText(row[2] ?? null));
  }
  const version = Number(cellText(meta?.rows[1]?.[1] ?? null));
  if (Number.isFinite(version) && version > DATA_VERSION) {
    problems.push(
      makeProblem(
        'invalidRecord',
        { detail: `dataVersion ${version} > ${DATA_VERSION}` },
        { sheet: META_SHEET },
      ),
    );
  }
  const data: Partial<Record<PlanSheetKey, Record<string, unknown>[]>> = {};
  for (const key of planSheetKeys) {
    const name = sheetFor.get(key);
    const grid = workbook.sheets.find((s) => s.name === name);
    data[key] = grid ? readSheet(grid, key, problems) : [];
  }
  const plan = data.plan?.[0];
  if (!plan) {
    if (!problems.some((p) => p.code === 'invalidRecord')) {
      problems.push(
        makeProblem('invalidRecord', { detail: 'plan' }, { sheet: sheetFor.get('plan') ?? null }),
      );
    }
    return { value: null, problems };
  }
  const doc = {
    plan,
    goals: data.goals,
    phases: data.phases,
    tasks: data.tasks,
    channels: data.channels,
    budgetCategories: data.budgetCategories,
    budgetLines: data.budgetLines,
    promotions: data.promotions,
    products: data.products,
    risks: data.risks,
    checklist: data.checklist,
    actuals: data.actuals,
    lessons: data.lessons,
    baselines: data.baselines,
    hourly: data.hourly,
    incidents: data.incidents,
    alertAcks: data.alertAcks,
    hourProfiles: data.hourProfiles,
    alertRules: data.alertRules,
    review: data.review?.[0] ?? null,
  } as unknown as PlanDocument;
  return { value: doc, problems };
}
