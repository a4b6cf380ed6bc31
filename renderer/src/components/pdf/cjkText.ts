import fontkit from '@pdf-lib/fontkit';
import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';
import { parseUnicodeRanges, rangesContain, type CodePointRange } from './unicodeRanges';

/**
 * Real, selectable Chinese text in PDFs built in the renderer (browser build and Electron alike).
 *
 * The app already ships Noto Sans SC as @fontsource's ~100 unicode-range slices. A PDF embeds only
 * the slices its text needs, each subset to the glyphs used, so a timeline PDF stays small (tens of
 * KB of font) and its text extracts as Chinese. WOFF (not WOFF2) files are read: fontkit's WOFF2
 * reader garbles these glyph outlines, its WOFF reader does not (checked by rendering with poppler).
 * The one big "chinese-simplified" file is not used: subsetting it went wrong the same way.
 */

// Vite turns each file into an emitted asset URL; nothing is fetched until a PDF needs it.
const sliceUrls = import.meta.glob(
  '../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

interface Slice {
  key: string;
  url: string;
  ranges: CodePointRange[];
}

function sliceKeyOf(path: string): string | null {
  const m = /noto-sans-sc-(.+)-400-normal\.woff$/.exec(path);
  if (!m?.[1]) return null;
  // unicode.json names numbered slices "[12]" and the named ones "latin", "cyrillic" …
  return /^\d+$/.test(m[1]) ? `[${m[1]}]` : m[1];
}

let slicesCache: Slice[] | null = null;
function slices(): Slice[] {
  if (slicesCache) return slicesCache;
  const ranges = unicodeRanges as Record<string, string>;
  const out: Slice[] = [];
  for (const [path, url] of Object.entries(sliceUrls)) {
    const key = sliceKeyOf(path);
    const spec = key ? ranges[key] : undefined;
    if (!key || !spec) continue;
    out.push({ key, url, ranges: parseUnicodeRanges(spec) });
  }
  // Latin first: ASCII then comes from one small slice rather than whichever CJK slice lists it too.
  out.sort((a, b) => Number(b.key === 'latin') - Number(a.key === 'latin'));
  slicesCache = out;
  return out;
}

const fileCache = new Map<string, Promise<ArrayBuffer>>();
function loadFile(url: string): Promise<ArrayBuffer> {
  let p = fileCache.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`font slice ${url}: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    fileCache.set(url, p);
  }
  return p;
}

/**
 * Parsed slices, kept for the session: pdf-lib parses a font on every embedFont, which for a few
 * CJK slices is most of an export's time. Keyed by the fetched bytes, which loadFile keeps per URL.
 * Each PDF still makes its own subset from the shared parsed font (fontkit's createSubset).
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
const parsedFonts = new WeakMap<ArrayBufferLike, ReturnType<Fontkit['create']>>();
const cachingFontkit: Fontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(data.buffer);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsedFonts.set(data.buffer, font);
    }
    return font;
  },
};

/** Which slice holds a code point, for the session (null: none has it). */
const sliceOfChar = new Map<number, Slice | null>();

export interface TextRun {
  text: string;
  font: PDFFont;
}

export interface PdfTextKit {
  /** Loads and embeds the slices these strings need; call before width/draw with them. */
  prepare(texts: Iterable<string>): Promise<void>;
  /** Width in points of text at a size (characters without a glyph count as a space). */
  width(text: string, size: number): number;
  /** Shortens text with "…" until it fits maxWidth. */
  fit(text: string, size: number, maxWidth: number): string;
  /** Draws text with its baseline at y, left edge at x. */
  draw(page: PDFPage, text: string, opts: { x: number; y: number; size: number; color?: RGB }): void;
}

export async function createPdfTextKit(doc: PDFDocument): Promise<PdfTextKit> {
  doc.registerFontkit(cachingFontkit);
  const all = slices();
  const embedded = new Map<string, PDFFont>();

  const sliceFor = (cp: number): Slice | null => {
    let s = sliceOfChar.get(cp);
    if (s === undefined) {
      s = all.find((candidate) => rangesContain(candidate.ranges, cp)) ?? null;
      sliceOfChar.set(cp, s);
    }
    return s;
  };

  const runsOf = (text: string): (TextRun | { text: string; font: null })[] => {
    const runs: { text: string; font: PDFFont | null }[] = [];
    for (const ch of text) {
      const slice = sliceFor(ch.codePointAt(0) ?? 32);
      const font = slice ? (embedded.get(slice.key) ?? null) : null;
      const last = runs.at(-1);
      if (last && last.font === font) last.text += ch;
      else runs.push({ text: ch, font });
    }
    return runs as (TextRun | { text: string; font: null })[];
  };

  const spaceWidth = (size: number) => size * 0.3;

  const kit: PdfTextKit = {
    async prepare(texts) {
      const needed = new Map<string, Slice>();
      for (const text of texts) {
        for (const ch of text) {
          const slice = sliceFor(ch.codePointAt(0) ?? 32);
          if (slice && !embedded.has(slice.key)) needed.set(slice.key, slice);
        }
      }
      await Promise.all(
        [...needed.values()].map(async (slice) => {
          const bytes = await loadFile(slice.url);
          if (embedded.has(slice.key)) return;
          embedded.set(slice.key, await doc.embedFont(bytes, { subset: true }));
        }),
      );
    },
    width(text, size) {
      let w = 0;
      for (const run of runsOf(text)) {
        w += run.font ? run.font.widthOfTextAtSize(run.text, size) : spaceWidth(size) * [...run.text].length;
      }
      return w;
    },
    fit(text, size, maxWidth) {
      if (kit.width(text, size) <= maxWidth) return text;
      const chars = [...text];
      while (chars.length > 0 && kit.width(`${chars.join('')}…`, size) > maxWidth) chars.pop();
      return chars.length > 0 ? `${chars.join('')}…` : '';
    },
    draw(page, text, { x, y, size, color = rgb(0.1, 0.1, 0.12) }) {
      let cursor = x;
      for (const run of runsOf(text)) {
        if (run.font) {
          page.drawText(run.text, { x: cursor, y, size, font: run.font, color });
          cursor += run.font.widthOfTextAtSize(run.text, size);
        } else {
          cursor += spaceWidth(size) * [...run.text].length;
        }
      }
    },
  };
  return kit;
}
