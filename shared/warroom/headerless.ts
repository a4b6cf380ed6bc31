import { channelKindFromName, isWholeShopChannel } from '../xlsx/labels';
import { cellText, isBlank, type CellValue, type SheetGrid } from '../xlsx/read/grid';
import { hourlyFields } from '../xlsx/read/fields';
import type { SheetMapping } from '../xlsx/read/rows';
import { parseHourCell } from './hours';

/**
 * After the hour and GMV, the figure columns of a table without a header are taken left to right
 * in the order back offices show them (docs/warroom.md, "A paste without a header").
 */
const HEADERLESS_ORDER = ['uv', 'buyers', 'orders', 'units', 'spend', 'refunds'] as const;

/** Data rows looked at for the guess: a back-office day is 24. */
const SAMPLE_ROWS = 48;
const MONEY_MARK = /[¥￥$€]|元/;

/** A cell written like a time of day ("10:00", "10:00-11:00", "10点", an Excel time), not a bare count. */
function isHourLike(cell: CellValue): boolean {
  if (cell === null) return false;
  if (typeof cell === 'number') return cell >= 0 && cell < 1;
  if (typeof cell === 'string' && !/[:：点时]/.test(cell)) return false;
  return parseHourCell(cell)?.ok === true;
}

/** The number a cell holds, marks and thousands separators left out; null when it is not one. */
function numberIn(cell: CellValue): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return null;
  const t = cell.replace(/[¥￥$€,，\s]|元/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Words of the back offices' traffic sources (流量来源) beyond the channel kinds' own words. */
const TRAFFIC_SOURCE_WORDS = [
  '手淘',
  '淘内',
  '淘外',
  '免费',
  '付费',
  '自主访问',
  '购物车',
  '推荐',
  '聚划算',
  '站外',
  '自然流量',
];

/** What the plan knows, to recognise its channel and SKU columns by their values. */
export interface HeaderlessHints {
  channels: readonly string[];
  /** Its products and the SKUs already in its hourly data. */
  products: readonly { sku: string; name: string }[];
}

const key = (cell: CellValue) => cellText(cell).trim().toLowerCase();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * A mapping for a sheet whose header row was not recognised, guessed from the values: the column
 * whose cells are mostly times of day is the hour (failing that, a column of whole numbers 0–23,
 * each once); the numeric column with a currency mark, else with decimals, else with the largest
 * values is GMV; the other mostly numeric columns follow `HEADERLESS_ORDER`. Text columns are the
 * SKU, the product name or the channel when most of their cells name one the plan knows (`hints`)
 * or a known traffic source (docs/warroom.md). A first row with no
 * number and no time in the hour column is a header the importer did not know (`headerRow` 0);
 * otherwise every row is data (`headerRow` -1). Null when no column holds hours.
 */
export function guessHeaderlessMapping(
  grid: SheetGrid,
  hints: HeaderlessHints = { channels: [], products: [] },
): SheetMapping | null {
  const skuIds = new Set(hints.products.map((p) => p.sku.trim().toLowerCase()).filter((k) => k !== ''));
  const skuNames = new Set(hints.products.map((p) => p.name.trim().toLowerCase()).filter((k) => k !== ''));
  const channelNames = new Set(hints.channels.map((c) => c.trim().toLowerCase()).filter((k) => k !== ''));
  const isChannel = (cell: CellValue) => {
    const t = key(cell);
    return (
      numberIn(cell) === null &&
      (channelNames.has(t) ||
        isWholeShopChannel(t) ||
        channelKindFromName(t) !== 'other' ||
        TRAFFIC_SOURCE_WORDS.some((w) => t.includes(w)))
    );
  };
  const text: Record<'sku' | 'skuName' | 'channel', (cell: CellValue) => boolean> = {
    sku: (cell) => skuIds.has(key(cell)),
    skuName: (cell) => skuNames.has(key(cell)),
    channel: isChannel,
  };
  const width = Math.max(0, ...grid.rows.slice(0, SAMPLE_ROWS + 1).map((r) => r.length));
  const column = (c: number, from: number) =>
    grid.rows
      .slice(from, from + SAMPLE_ROWS)
      .map((r) => r[c] ?? null)
      .filter((v) => !isBlank(v));
  // Most cells, not all: a mistyped cell is then refused by the importer, naming it.
  const mostlyHours = (c: number, from: number) => {
    const cells = column(c, from);
    return cells.length > 0 && cells.filter(isHourLike).length * 2 > cells.length;
  };
  const counts = (c: number, from: number) => {
    const cells = column(c, from).map(numberIn);
    return cells.length > 0 && cells.every((n) => n !== null && Number.isInteger(n) && n >= 0 && n <= 23)
      ? new Set(cells).size === cells.length
      : false;
  };
  let hour: number | null = null;
  for (const test of [mostlyHours, counts]) {
    for (let c = 0; c < width && hour === null; c++) if (test(c, 0) || test(c, 1)) hour = c;
  }
  if (hour === null) return null;
  const first = grid.rows[0] ?? [];
  const firstRowIsHeader =
    grid.rows.length > 1 &&
    !isHourLike(first[hour] ?? null) &&
    first.every((v) => numberIn(v ?? null) === null);
  const from = firstRowIsHeader ? 1 : 0;
  const columns: Record<string, number | null> = {};
  for (const def of hourlyFields) columns[def.key] = null;
  columns.hour = hour;
  const numeric: { c: number; score: number; median: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (c === hour) continue;
    const cells = column(c, from);
    // Text columns by what they name, before the figures (a SKU id may be a number).
    const named = (['sku', 'skuName', 'channel'] as const).find(
      (k) => columns[k] === null && cells.length > 0 && cells.filter(text[k]).length * 2 > cells.length,
    );
    if (named) {
      columns[named] = c;
      continue;
    }
    const values = cells.map(numberIn).filter((v): v is number => v !== null);
    if (values.length === 0 || values.length * 2 < cells.length) continue;
    const texts = cells.map(cellText);
    const score =
      (texts.some((t) => MONEY_MARK.test(t)) ? 2 : 0) + (values.some((v) => !Number.isInteger(v)) ? 1 : 0);
    numeric.push({ c, score, median: median(values) });
  }
  const gmv = [...numeric].sort((a, b) => b.score - a.score || b.median - a.median)[0];
  if (gmv) columns.gmv = gmv.c;
  numeric
    .filter((n) => n !== gmv)
    .slice(0, HEADERLESS_ORDER.length)
    .forEach((n, i) => (columns[HEADERLESS_ORDER[i]!] = n.c));
  return {
    kind: 'hourly',
    sheet: grid.name,
    headerRow: firstRowIsHeader ? 0 : -1,
    columns,
    dateOrder: null,
  };
}

/**
 * The SKUs a plan knows, for recognising a SKU column: its products, then the SKUs of its hourly
 * data that are not among them (with the product name they came with), each once.
 */
export function knownSkus(
  products: readonly { sku: string; name: string }[],
  hourly: readonly { sku: string | null; skuName: string }[],
): { sku: string; name: string }[] {
  const out = products.map((p) => ({ sku: p.sku, name: p.name }));
  const seen = new Set(out.map((p) => p.sku));
  for (const r of hourly) {
    if (r.sku === null || seen.has(r.sku)) continue;
    seen.add(r.sku);
    out.push({ sku: r.sku, name: r.skuName });
  }
  return out;
}
