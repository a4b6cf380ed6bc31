/**
 * Labels on a time axis (key moments, phases) laid out in rows so that no two overlap: each label
 * goes into the first row where it clears the label before it by `gap`; where no row has room it
 * is shortened to its key (a number or letter explained in a legend); where even that does not
 * fit, it is left to the legend alone. Pure geometry in pixels, for canvas, PDF and chart.js alike.
 */

export interface LabelRequest {
  id: string;
  /** Left edge of the label box, in pixels along the axis. */
  x: number;
  /** Width of the full label, in pixels. */
  width: number;
  /** Width of the shortened label (its legend key). */
  shortWidth: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  width: number;
  /** 0 = the row nearest the axis band's start. */
  row: number;
  /** true when the label is shown by its legend key only. */
  isShort: boolean;
}

export interface LabelLayout {
  placed: PlacedLabel[];
  /** Ids of labels shortened or left out, in axis order: they get a legend entry. */
  legend: string[];
  /** Rows used (at least 1 when there is any label). */
  rows: number;
}

export interface LabelLayoutOptions {
  maxRows: number;
  /** Minimum clear space between two labels in one row, in pixels. */
  gap: number;
  /** The axis ends here: a label may not run past it (it is moved left to fit, if it can). */
  maxX?: number;
}

export function layoutLabels(items: readonly LabelRequest[], opts: LabelLayoutOptions): LabelLayout {
  const ends: number[] = []; // right edge (plus gap) of the last label in each row
  const placed: PlacedLabel[] = [];
  const legend: string[] = [];
  const sorted = [...items].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const tryPlace = (item: LabelRequest, width: number, isShort: boolean): boolean => {
    const x = opts.maxX === undefined ? item.x : Math.max(0, Math.min(item.x, opts.maxX - width));
    for (let row = 0; row < opts.maxRows; row++) {
      if ((ends[row] ?? -Infinity) <= x) {
        ends[row] = x + width + opts.gap;
        placed.push({ id: item.id, x, width, row, isShort });
        return true;
      }
    }
    return false;
  };
  for (const item of sorted) {
    if (tryPlace(item, item.width, false)) continue;
    legend.push(item.id);
    tryPlace(item, item.shortWidth, true);
  }
  return { placed, legend, rows: Math.max(placed.length > 0 ? 1 : 0, ends.length) };
}

/** True when two placed labels share a row and their boxes touch or overlap. */
export function labelsOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.row === b.row && a.x < b.x + b.width && b.x < a.x + a.width;
}

/**
 * A text's width at a font size, erring wide: CJK and full-width characters one em, everything
 * else 0.62 em (wider than Noto Sans's digits and most Latin letters). Used where painting needs
 * the layout before any font is loaded (PDF) and must match the canvas (PNG).
 */
export function estimateTextWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text)
    em +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 1
        : 0.62;
  return em * size;
}

/** Entries of a legend laid out in lines no wider than `maxWidth` ("1 预售开启 10-20" …). */
export function wrapLegend(entries: readonly string[], size: number, maxWidth: number, gap = 16): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const e of entries) {
    const w = estimateTextWidth(e, size);
    if (line.length > 0 && width + gap + w > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    width += (line.length > 0 ? gap : 0) + w;
    line.push(e);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
