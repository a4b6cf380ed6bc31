import { cellText, type CellValue, type SheetGrid } from './grid';
import { fieldsByKind, type FieldDef, type ImportKind } from './fields';

/** How many rows from the top may hold titles before the header row. */
export const HEADER_SCAN_ROWS = 30;

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export interface HeaderInfo {
  /** Lower-case, no spaces, no unit in brackets, no required-mark asterisk. */
  base: string;
  /** 10000 for 万元, 1e8 for 亿元, else 1. */
  unitFactor: number;
  isPercent: boolean;
}

export function readHeader(value: CellValue): HeaderInfo {
  const text = toHalfWidth(cellText(value))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^\*|\*$/g, '');
  const unitText = /[([{/]([^)\]}]*)[)\]}]?$/.exec(text)?.[1] ?? '';
  const unitFactor =
    /亿/.test(unitText) || /^亿元?$/.test(text) ? 1e8 : /万/.test(unitText) || /^万元?$/.test(text) ? 1e4 : 1;
  const isPercent = /%|百分比/.test(text);
  const base = text.replace(/[([{/][^)\]}]*[)\]}]?$/, '').replace(/[:：%]$/, '');
  return { base: base || text, unitFactor, isPercent };
}

const normalizedSynonyms = new Map<FieldDef, string[]>();
function synonymsOf(def: FieldDef): string[] {
  let list = normalizedSynonyms.get(def);
  if (!list) {
    list = def.synonyms.map((s) => readHeader(s).base);
    normalizedSynonyms.set(def, list);
  }
  return list;
}

const fullSynonyms = new Map<FieldDef, Set<string>>();
function fullSynonymsOf(def: FieldDef): Set<string> {
  let set = fullSynonyms.get(def);
  if (!set) {
    set = new Set(def.synonyms.map((s) => s.toLowerCase().replace(/\s+/g, '')));
    fullSynonyms.set(def, set);
  }
  return set;
}

/** 3: exact name; 2: the whole header with its unit is a synonym; 1: the header contains a synonym. */
function matchScore(header: HeaderInfo, raw: string, def: FieldDef): number {
  const syn = synonymsOf(def);
  if (syn.includes(header.base)) return 3;
  const full = toHalfWidth(raw).toLowerCase().replace(/\s+/g, '');
  if (fullSynonymsOf(def).has(full)) return 3;
  // Only Chinese synonyms of 2+ characters are searched inside longer headers: "id" would match "paid".
  const contained = syn.filter((s) => /[\u4e00-\u9fff]/.test(s) && s.length >= 2 && header.base.includes(s));
  if (contained.length > 0) return 1 + Math.max(...contained.map((s) => s.length)) / 100;
  return 0;
}

export interface HeaderGuess {
  headerRow: number;
  /** field key → column index */
  columns: Record<string, number>;
  score: number;
  hasKeyField: boolean;
}

/** Assigns columns of one candidate header row to fields, best matches first, each used once. */
export function matchHeaderRow(row: readonly CellValue[], kind: ImportKind): Omit<HeaderGuess, 'headerRow'> {
  const defs = fieldsByKind[kind];
  const pairs: { def: FieldDef; col: number; score: number }[] = [];
  row.forEach((cell, col) => {
    if (typeof cell !== 'string') return; // headers are text; numbers and dates are data
    const raw = cellText(cell);
    if (raw.trim() === '' || raw.length > 40) return;
    const header = readHeader(cell);
    for (const def of defs) {
      const score = matchScore(header, raw, def);
      if (score > 0) pairs.push({ def, col, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Record<string, number> = {};
  const usedCols = new Set<number>();
  let score = 0;
  for (const p of pairs) {
    if (p.def.key in columns || usedCols.has(p.col)) continue;
    columns[p.def.key] = p.col;
    usedCols.add(p.col);
    score += p.score >= 3 ? 1 : 0.6;
  }
  const hasKeyField = defs.some((d) => d.isKey && d.key in columns);
  return { columns, score, hasKeyField };
}

/** The header row is the row near the top that names the most known columns (at least two). */
export function findHeaderRow(grid: SheetGrid, kind: ImportKind): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const m = matchHeaderRow(row, kind);
    if (Object.keys(m.columns).length < 2 || !m.hasKeyField) continue;
    if (!best || m.score > best.score) best = { headerRow: r, ...m };
  }
  return best;
}
