import type * as XLSX from 'xlsx';

/**
 * Page setup for printing, which SheetJS Community Edition does not write: it writes page margins
 * (`!margins`) and defined names (so `_xlnm.Print_Titles` goes through `wb.Workbook.Names`), but
 * leaves out `<sheetPr><pageSetUpPr fitToPage/>`, `<pageSetup>` and `<headerFooter>` (its writer
 * has only "TODO" comments where they belong). This module builds those elements and places them
 * in a worksheet's XML in the order the OOXML schema (CT_Worksheet) requires. Pure string work.
 */

export type Orientation = 'portrait' | 'landscape';

/** Text of one header or footer line, already in Excel's header/footer code syntax. */
export interface HeaderFooterLine {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageSetup {
  orientation: Orientation;
  header: HeaderFooterLine;
  footer: HeaderFooterLine;
}

/** Print details shown in the header and footer of every printed page. */
export interface PrintInfo {
  planName: string;
  /** When the plan was last saved ("2026-11-23 16:38"), which is the version finance refers to. */
  version: string;
  currency: string;
  /** When the file was exported ("2026-12-04 17:40"). */
  exportedAt: string;
  language: 'zh' | 'en';
}

/** A4: the paper planners and finance print on in China, and what the tests count pages for. */
export const PAPER_A4 = 9;

/**
 * Printable width of A4 in Excel's character units with the margins below (0.5 in each side):
 * a default 8.43-character column is 0.67 in, so portrait holds about 90 and landscape about 133.
 */
export const PORTRAIT_WIDTH_CHARS = 90;

export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Landscape when the columns would not fit a portrait page at full size. */
export function orientationFor(cols: readonly XLSX.ColInfo[] | undefined): Orientation {
  const width = (cols ?? []).reduce((s, c) => s + (c.wch ?? c.width ?? 8.43), 0);
  return width > PORTRAIT_WIDTH_CHARS ? 'landscape' : 'portrait';
}

/**
 * Planner text inside a header or footer: "&" starts a code there (&P page, &D date, &"font" …),
 * so a literal ampersand is doubled. Excel refuses a header/footer section longer than 255
 * characters, so long names are cut with an ellipsis.
 */
export function headerFooterText(value: string, max = 60): string {
  const chars = [...value.replace(/[\r\n]+/g, ' ')];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return cut.replace(/&/g, '&&');
}

const LABELS = {
  zh: {
    version: '版本',
    exported: '导出于',
    printed: '打印于',
    page: (p: string, n: string) => `第 ${p} / ${n} 页`,
  },
  en: {
    version: 'Version',
    exported: 'Exported',
    printed: 'Printed',
    page: (p: string, n: string) => `Page ${p} / ${n}`,
  },
} as const;

/**
 * Header: plan name | sheet name | version and currency. Footer: printed at (the moment of
 * printing, filled in by Excel or LibreOffice) | page x / y | exported at.
 */
export function printHeaderFooter(info: PrintInfo): Pick<PageSetup, 'header' | 'footer'> {
  const t = LABELS[info.language];
  return {
    header: {
      left: `&B${headerFooterText(info.planName)}&B`,
      center: '&A',
      right: `${t.version} ${headerFooterText(info.version, 20)}${info.currency ? ` · ${headerFooterText(info.currency, 8)}` : ''}`,
    },
    footer: {
      left: `${t.printed} &D &T`,
      center: t.page('&P', '&N'),
      right: `${t.exported} ${headerFooterText(info.exportedAt, 20)}`,
    },
  };
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function lineCode(line: HeaderFooterLine): string {
  return `${line.left ? `&L${line.left}` : ''}${line.center ? `&C${line.center}` : ''}${line.right ? `&R${line.right}` : ''}`;
}

/** The print-titles reference for a sheet: 'Budget lines'!$1:$1. */
export function printTitlesRef(sheetName: string, rows: { first: number; last: number }): string {
  return `'${sheetName.replace(/'/g, "''")}'!$${rows.first}:$${rows.last}`;
}

/**
 * Adds fit-to-one-page-wide, A4, the orientation and the header/footer to a worksheet's XML as
 * SheetJS wrote it. The sheet must carry `<pageMargins>` (set `!margins`), after which
 * `<pageSetup>` and `<headerFooter>` belong.
 */
export function applyPageSetup(xml: string, setup: PageSetup): string {
  const fit = '<pageSetUpPr fitToPage="1"/>';
  let out: string;
  if (/<sheetPr\b[^>]*\/>/.test(xml)) {
    out = xml.replace(/<sheetPr\b([^>]*)\/>/, (_m, attrs: string) => `<sheetPr${attrs}>${fit}</sheetPr>`);
  } else if (/<sheetPr\b[^>]*>/.test(xml)) {
    // pageSetUpPr comes after tabColor and outlinePr, i.e. last among sheetPr's children.
    out = xml.replace(/<\/sheetPr>/, `${fit}</sheetPr>`);
  } else {
    out = xml.replace(/<dimension\b/, `<sheetPr>${fit}</sheetPr><dimension`);
  }
  if (out === xml) throw new Error('worksheet XML without <dimension>');
  const page = `<pageSetup paperSize="${PAPER_A4}" orientation="${setup.orientation}" fitToWidth="1" fitToHeight="0"/>`;
  const header = lineCode(setup.header);
  const footer = lineCode(setup.footer);
  const hf =
    header || footer
      ? `<headerFooter>${header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : ''}${footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : ''}</headerFooter>`
      : '';
  const margins = /<pageMargins\b[^>]*\/>/.exec(out);
  if (!margins) throw new Error('worksheet XML without <pageMargins>');
  const at = margins.index + margins[0].length;
  return out.slice(0, at) + page + hf + out.slice(at);
}
