import type { Channel, ChannelId, HourKey, IsoDate, PlanId } from '../domain';
import { minorPerMajor } from '../budget/money';
import { makeProblem, type ImportProblem } from '../xlsx/problems';
import { channelFinder } from '../xlsx/read/channelFinder';
import { hourlyFields } from '../xlsx/read/fields';
import type { CellValue, SheetGrid } from '../xlsx/read/grid';
import { parseCount, parseMoneyMinor } from '../xlsx/read/numbers';
import { openSheet, textOf, titleAbove, type MappedRow, type SheetMapping } from '../xlsx/read/rows';
import { dateInText, hourKey, parseHourCell } from './hours';

/** The figures of an hour; money in minor units. `stock` is a level, every other one a flow. */
export const hourlyMetrics = [
  'gmvMinor',
  'uv',
  'buyers',
  'orders',
  'units',
  'stock',
  'spendMinor',
  'refundsMinor',
  'complaints',
] as const;
export type HourlyMetric = (typeof hourlyMetrics)[number];
export type HourlyValues = Partial<Record<HourlyMetric, number>>;

/** Sheet field key → metric. */
export const metricOfField: Record<string, HourlyMetric> = {
  gmv: 'gmvMinor',
  uv: 'uv',
  buyers: 'buyers',
  orders: 'orders',
  units: 'units',
  stock: 'stock',
  spend: 'spendMinor',
  refunds: 'refundsMinor',
  complaints: 'complaints',
};
const moneyFields = new Set(['gmv', 'spend', 'refunds']);
const flowFields = ['gmv', 'uv', 'buyers', 'orders', 'units', 'spend', 'refunds', 'complaints'] as const;

/** One row as read: its hour, whom it is about, and its figures (per hour, or cumulative when marked). */
export interface HourlyRow {
  hour: HourKey;
  channelId: ChannelId | null;
  channelName: string | null;
  sku: string | null;
  skuName: string;
  values: HourlyValues;
  /**
   * True when `values` (flows only) are the totals since 00:00 through this hour and the hours
   * before it are not in this import: the merge subtracts what is stored for them.
   */
  cumulativeSince0: boolean;
  /** For a partial hour (quick entry "截至 10:40"): YYYY-MM-DDTHH:mm; else null. */
  asOf: string | null;
  /** Where it came from, for messages: sheet and spreadsheet row. */
  sheet: string;
  excelRow: number;
}

export type ValueMode = 'perHour' | 'cumulative';
export type ColumnMode = ValueMode | 'level';

export interface HourlyContext {
  planId: PlanId;
  currency: string;
  channels: readonly Channel[];
  /** Products of the plan, so a sheet with only names finds their codes. */
  products: readonly { sku: string; name: string }[];
  /** The day for hours written without a date, when neither the sheet title nor the file name has one. */
  defaultDate: IsoDate | null;
  /** The hour a sheet without an hour column (a SKU snapshot) is about. */
  snapshotHour: HourKey | null;
  fileName: string;
  /** 'auto' recognises cumulative columns; the mapping screen can insist on either. */
  mode: 'auto' | ValueMode;
}

export interface HourlySheetImport {
  rows: HourlyRow[];
  newChannels: Channel[];
  /** What was recognised per mapped figure column: shown on the mapping screen. */
  columnModes: Record<string, ColumnMode>;
  mode: ValueMode;
  rejectedRows: number[];
  rowCount: number;
}

type Key = string;
const groupKey = (r: { hour: HourKey; channelId: string | null; sku: string | null }): Key =>
  `${r.hour.slice(0, 10)}|${r.channelId ?? ''}|${r.sku ?? ''}`;

/**
 * A cumulative column never decreases over a day and rises at least once; judged per day and per
 * channel/SKU over groups of 3 or more hours (docs/warroom.md).
 */
export function detectColumnMode(rows: readonly HourlyRow[], metric: HourlyMetric): ValueMode | null {
  const groups = new Map<Key, { hour: HourKey; v: number }[]>();
  for (const r of rows) {
    const v = r.values[metric];
    if (v === undefined) continue;
    const k = groupKey(r);
    const list = groups.get(k) ?? [];
    list.push({ hour: r.hour, v });
    groups.set(k, list);
  }
  let judged = 0;
  for (const list of groups.values()) {
    if (list.length < 3) continue;
    list.sort((a, b) => (a.hour < b.hour ? -1 : 1));
    judged++;
    let rises = false;
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.v < list[i - 1]!.v) return 'perHour';
      if (list[i]!.v > list[i - 1]!.v) rises = true;
    }
    if (!rises) return 'perHour';
  }
  return judged > 0 ? 'cumulative' : null;
}

/** Turns cumulative flows into per-hour values within each day and channel/SKU. */
function decumulate(
  rows: HourlyRow[],
  metrics: readonly HourlyMetric[],
  problems: ImportProblem[],
  label: (metric: HourlyMetric) => { fieldZh: string; fieldEn: string },
  place: (row: HourlyRow, metric: HourlyMetric) => Parameters<typeof makeProblem>[2],
): void {
  const groups = new Map<Key, HourlyRow[]>();
  for (const r of rows) {
    const list = groups.get(groupKey(r)) ?? [];
    list.push(r);
    groups.set(groupKey(r), list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (a.hour < b.hour ? -1 : 1));
    const cumulative = list.map((r) => ({ ...r.values }));
    list.forEach((row, i) => {
      const first = i === 0;
      if (first) {
        row.cumulativeSince0 = row.hour.slice(11, 13) !== '00';
        return;
      }
      const prev = cumulative[i - 1]!;
      for (const m of metrics) {
        const now = cumulative[i]![m];
        const before = prev[m];
        if (now === undefined || before === undefined) continue;
        if (now < before) {
          problems.push(
            makeProblem(
              'notCumulative',
              { value: now, previous: before, hour: row.hour.replace('T', ' '), ...label(m) },
              place(row, m),
            ),
          );
        }
        row.values[m] = now - before;
      }
    });
  }
}

/** Reads one sheet of hourly figures (shop totals, per channel or per SKU). Never throws. */
export function importHourlySheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  ctx: HourlyContext,
): { value: HourlySheetImport; problems: ImportProblem[] } {
  const reader = openSheet(grid, mapping, ['hour', 'channel', 'sku', 'skuName']);
  const problems = reader.problems;
  const perMajor = minorPerMajor(ctx.currency);
  const channels = channelFinder(ctx);
  const skuByName = new Map(ctx.products.map((p) => [p.name.trim().toLowerCase(), p.sku]));
  const rows: HourlyRow[] = [];
  const rejectedRows: number[] = [];
  const hasHourColumn = mapping.columns.hour !== null && mapping.columns.hour !== undefined;
  const sheetDate =
    dateInText(titleAbove(grid, mapping.headerRow) ?? '') ?? dateInText(ctx.fileName) ?? ctx.defaultDate;
  const label = (field: string) => {
    const def = hourlyFields.find((d) => d.key === field);
    return { fieldZh: def?.label.zh ?? field, fieldEn: def?.label.en ?? field };
  };
  const fieldOfMetric = (m: HourlyMetric) =>
    Object.keys(metricOfField).find((f) => metricOfField[f] === m) ?? m;
  const mapped = Object.keys(metricOfField).filter((f) => typeof mapping.columns[f] === 'number');

  if (!hasHourColumn && !ctx.snapshotHour) {
    problems.push(makeProblem('missingHour', {}, { sheet: grid.name, file: ctx.fileName }));
  }
  const rowOf = new Map<HourlyRow, MappedRow>();
  // A 30-day export writes the same 720 hour texts on 150,000 rows: each is parsed (and its date
  // checked) once. Unit factors come from the header, the same for every row.
  const hourOfText = new Map<string, ReturnType<typeof parseHourCell>>();
  const readHour = (cell: CellValue): ReturnType<typeof parseHourCell> => {
    if (typeof cell !== 'string') return parseHourCell(cell);
    let p = hourOfText.get(cell);
    if (p === undefined) {
      p = parseHourCell(cell);
      hourOfText.set(cell, p);
    }
    return p;
  };
  const unitFactor = new Map(mapped.map((f) => [f, reader.unitFactor(f)]));
  for (const row of reader.rows) {
    const before = problems.length;
    let hour: HourKey | null = null;
    if (hasHourColumn) {
      const p = readHour(row.cells.hour ?? null);
      const date = p?.ok
        ? (p.date ?? (row.cells.date ? dateInText(textOf(row, 'date')) : null) ?? sheetDate)
        : null;
      if (!p || !p.ok) {
        problems.push(
          makeProblem(
            p ? 'invalidHour' : 'missingHour',
            { value: textOf(row, 'hour') },
            reader.place(row, 'hour'),
          ),
        );
      } else if (!date) {
        problems.push(makeProblem('missingHour', { value: textOf(row, 'hour') }, reader.place(row, 'hour')));
      } else hour = hourKey(date, p.hour);
    } else hour = ctx.snapshotHour;
    const values: HourlyValues = {};
    for (const f of mapped) {
      const cell = row.cells[f] ?? null;
      const p = moneyFields.has(f)
        ? parseMoneyMinor(cell, unitFactor.get(f)!, perMajor)
        : parseCount(cell, unitFactor.get(f)!);
      if (p === null) continue;
      if (!p.ok || p.value < 0) {
        problems.push(
          makeProblem(
            p.ok ? 'negativeNotAllowed' : 'notANumber',
            { value: textOf(row, f), ...label(f) },
            reader.place(row, f),
          ),
        );
        continue;
      }
      values[metricOfField[f]!] = p.value;
    }
    if (hour === null || problems.slice(before).some((p) => p.severity === 'error')) {
      rejectedRows.push(row.excelRow);
      continue;
    }
    const channelName = textOf(row, 'channel') || null;
    const channelId = channelName ? channels.find(channelName) : null;
    const skuName = textOf(row, 'skuName');
    const sku = textOf(row, 'sku') || skuByName.get(skuName.toLowerCase()) || skuName || null;
    const out: HourlyRow = {
      hour,
      channelId,
      channelName: channelId ? channelName : null,
      sku,
      skuName,
      values,
      cumulativeSince0: false,
      asOf: null,
      sheet: grid.name,
      excelRow: row.excelRow,
    };
    rows.push(out);
    rowOf.set(out, row);
  }

  const columnModes: Record<string, ColumnMode> = {};
  const flows = flowFields.filter((f) => mapped.includes(f));
  let cumulativeVotes = 0;
  for (const f of flows) {
    const detected = detectColumnMode(rows, metricOfField[f]!);
    if (detected === 'cumulative') cumulativeVotes++;
    columnModes[f] = detected ?? 'perHour';
  }
  if (mapped.includes('stock')) columnModes.stock = 'level';
  // One mode for the file: back offices export either all-cumulative or all-per-hour tables.
  // A sheet without hours is a snapshot of "today so far" (the back office's 实时 product list).
  const mode: ValueMode =
    ctx.mode !== 'auto'
      ? ctx.mode
      : !hasHourColumn || (cumulativeVotes > 0 && cumulativeVotes * 2 >= flows.length)
        ? 'cumulative'
        : 'perHour';
  for (const f of flows) columnModes[f] = mode;
  if (mode === 'cumulative' && hasHourColumn) {
    decumulate(
      rows,
      flows.map((f) => metricOfField[f]!),
      problems,
      (m) => label(fieldOfMetric(m)),
      (r, m) => reader.place(rowOf.get(r)!, fieldOfMetric(m)),
    );
  } else if (mode === 'cumulative') {
    for (const r of rows) r.cumulativeSince0 = true;
  }
  return {
    value: {
      rows,
      newChannels: channels.added,
      columnModes,
      mode,
      rejectedRows,
      rowCount: reader.rows.length,
    },
    problems,
  };
}
