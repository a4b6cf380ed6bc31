import * as XLSX from 'xlsx';
import { applyPageSetup, type PageSetup } from './printSetup';

/**
 * SheetJS Community Edition writes values, number formats, widths and autofilters but no fills,
 * fonts, frozen panes or page setup. Finance wants a frozen header and a sheet that prints on
 * pages one wide, and planners want a shaded week grid, so the written package is opened again
 * and those few bits of XML are added. Only XML that the exporter itself wrote is touched; no
 * user text passes through here unescaped.
 */

export interface CellStyle {
  /** #rrggbb background */
  fill?: string;
  bold?: boolean;
  /** #rrggbb */
  fontColor?: string;
}

export interface SheetDecoration {
  freeze?: { rows: number; cols: number };
  /** A1-style address → key into the style table. */
  cells?: Map<string, string>;
  /** How the sheet prints (orientation, fit to one page wide, repeated rows, header/footer). */
  page?: PageSetup;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function colourArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function paneXml(rows: number, cols: number): string {
  const topLeft = XLSX.utils.encode_cell({ r: rows, c: cols });
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function countedSection(xml: string, tag: string, additions: string[]): { xml: string; start: number } {
  const re = new RegExp(`<${tag} count="(\\d+)">([\\s\\S]*?)</${tag}>`);
  const m = re.exec(xml);
  if (!m) throw new Error(`styles.xml without <${tag}>`);
  const start = Number(m[1]);
  const replaced = `<${tag} count="${start + additions.length}">${m[2]}${additions.join('')}</${tag}>`;
  return { xml: xml.slice(0, m.index) + replaced + xml.slice(m.index + m[0].length), start };
}

export function decorateXlsx(
  bytes: Uint8Array,
  styles: Record<string, CellStyle>,
  sheets: readonly (SheetDecoration | undefined)[],
): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const stylesEntry = XLSX.CFB.find(zip, '/xl/styles.xml');
  if (!stylesEntry?.content) return bytes;
  let stylesXml = decoder.decode(stylesEntry.content as Uint8Array);

  const keys = Object.keys(styles);
  const fonts = keys.map((k) => {
    const s = styles[k]!;
    const color = s.fontColor ? `<color rgb="${colourArgb(s.fontColor)}"/>` : '<color theme="1"/>';
    return `<font>${s.bold ? '<b/>' : ''}<sz val="12"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
  });
  const fills = keys.map((k) => {
    const s = styles[k]!;
    return s.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${colourArgb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
      : '<fill><patternFill patternType="none"/></fill>';
  });
  const fontsDone = countedSection(stylesXml, 'fonts', fonts);
  stylesXml = fontsDone.xml;
  const fillsDone = countedSection(stylesXml, 'fills', fills);
  stylesXml = fillsDone.xml;

  // The number format of each existing xf, so a styled date header keeps its date format.
  const xfSection = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const existingNumFmt = [...xfSection.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].map((m) => m[1] ?? '0');
  const newXfs: string[] = [];
  const xfFor = new Map<string, number>();
  const baseXfCount = existingNumFmt.length;
  const xfIndex = (styleKey: string, oldXf: number): number => {
    const memo = `${styleKey}|${oldXf}`;
    let at = xfFor.get(memo);
    if (at === undefined) {
      const k = keys.indexOf(styleKey);
      const numFmt = existingNumFmt[oldXf] ?? '0';
      newXfs.push(
        `<xf numFmtId="${numFmt}" fontId="${fontsDone.start + k}" fillId="${fillsDone.start + k}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`,
      );
      at = baseXfCount + newXfs.length - 1;
      xfFor.set(memo, at);
    }
    return at;
  };

  sheets.forEach((deco, i) => {
    if (!deco) return;
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!entry?.content) return;
    let xml = decoder.decode(entry.content as Uint8Array);
    if (deco.freeze && (deco.freeze.rows > 0 || deco.freeze.cols > 0)) {
      xml = xml.replace(
        /<sheetView\b([^>]*?)\/>/,
        (_m, attrs: string) =>
          `<sheetView${attrs}>${paneXml(deco.freeze!.rows, deco.freeze!.cols)}</sheetView>`,
      );
    }
    const cells = deco.cells;
    if (cells && cells.size > 0) {
      const restyle = (ref: string, attrs: string, selfClose: string): string | null => {
        const styleKey = cells.get(ref);
        if (!styleKey || !(styleKey in styles)) return null;
        const old = /\ss="(\d+)"/.exec(attrs);
        const s = xfIndex(styleKey, old ? Number(old[1]) : 0);
        return `<c r="${ref}" s="${s}"${attrs.replace(/\ss="\d+"/, '')}${selfClose}>`;
      };
      if (cells.size < 500) {
        // A few header cells in a large sheet: find each one instead of visiting every cell.
        for (const ref of cells.keys()) {
          const at = xml.indexOf(`<c r="${ref}"`);
          if (at < 0) continue;
          const close = xml.indexOf('>', at);
          const tag = /^<c r="[A-Z]+\d+"([^>]*?)(\/?)>$/.exec(xml.slice(at, close + 1));
          const next = tag ? restyle(ref, tag[1] ?? '', tag[2] ?? '') : null;
          if (next) xml = xml.slice(0, at) + next + xml.slice(close + 1);
        }
      } else {
        xml = xml.replace(
          /<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g,
          (whole, ref: string, attrs: string, selfClose: string) => restyle(ref, attrs, selfClose) ?? whole,
        );
      }
    }
    if (deco.page) xml = applyPageSetup(xml, deco.page);
    XLSX.CFB.utils.cfb_add(zip, `/xl/worksheets/sheet${i + 1}.xml`, encoder.encode(xml));
  });

  if (newXfs.length > 0) stylesXml = countedSection(stylesXml, 'cellXfs', newXfs).xml;
  XLSX.CFB.utils.cfb_add(zip, '/xl/styles.xml', encoder.encode(stylesXml));
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
