import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PdfTextKit } from '../../../renderer/src/components/pdf/cjkText';
import { createPdfPages } from '../../../renderer/src/components/pdf/pdfPages';

/**
 * The report PDFs' tables (review report, campaign comparison) as a reader of the printed page
 * sees them: a long "what happened" of an incident is printed whole, wrapped in its column, not
 * cut to "Payment page slow under load at…"; and a table that runs onto the next page carries its
 * header row again there (the score table's last rows stood on page 3 under no header).
 */
const drawn: { page: number; text: string; y: number }[] = [];
function fakeKit(pages: () => unknown[]): PdfTextKit {
  const width = (text: string, size: number) => [...text].length * size * 0.5;
  return {
    prepare: async () => undefined,
    width,
    fit(text, size, maxWidth) {
      if (width(text, size) <= maxWidth) return text;
      let cut = [...text];
      while (cut.length > 0 && width(`${cut.join('')}…`, size) > maxWidth) cut = cut.slice(0, -1);
      return `${cut.join('')}…`;
    },
    draw(page, text, { y }) {
      drawn.push({ page: pages().indexOf(page), text, y });
    },
  };
}

async function pagesWith(draw: (w: ReturnType<typeof createPdfPages>) => void) {
  drawn.length = 0;
  const pdf = await PDFDocument.create();
  let w: ReturnType<typeof createPdfPages> | null = null;
  w = createPdfPages(
    pdf,
    fakeKit(() => w?.pages ?? []),
  );
  draw(w);
  return w;
}

const what = 'Payment page slow under load at the midnight peak; CDN fallback switched on and the team told';

describe('a report table', () => {
  it('prints a long cell whole, over several lines of its column, and the next row below it', async () => {
    await pagesWith((w) =>
      w.table(
        {
          headers: ['Time', 'Kind', 'What happened', 'Severity'],
          numeric: [],
          rows: [
            ['11/10 00:05', 'Incident', what, 'Critical'],
            ['11/10 20:15', 'Incident', 'Stock low', 'High'],
          ],
        },
        [1.7, 0.9, 3.2, 1],
      ),
    );
    const texts = drawn.map((d) => d.text);
    expect(texts.some((t) => t.includes('…'))).toBe(false);
    const cell = drawn.filter((d) => d.text.length > 3 && what.includes(d.text));
    expect(cell.map((d) => d.text).join(' ')).toBe(what);
    // The cell's lines go down the page, and the next row starts below its last line.
    const ys = cell.map((d) => d.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    const next = drawn.find((d) => d.text === 'Stock low')!;
    expect(next.y).toBeLessThan(Math.min(...ys));
  });

  it('repeats its header row at the top of a page it runs onto', async () => {
    const w = await pagesWith((w) => {
      w.y = 100; // near the foot of the page: room for the header and one row
      w.table(
        {
          headers: ['Indicator', 'Weight'],
          numeric: [1],
          rows: [
            ['GMV', '53.2%'],
            ['Conversion', '18.6%'],
            ['ROAS', '18.5%'],
            ['Repurchase', '9.7%'],
          ],
        },
        [3, 1.2],
      );
    });
    expect(w.pages.length).toBe(2);
    const onPage = (p: number) => drawn.filter((d) => d.page === p).map((d) => d.text);
    expect(onPage(0)).toEqual(['Indicator', 'Weight', 'GMV', '53.2%']);
    expect(onPage(1).slice(0, 2)).toEqual(['Indicator', 'Weight']);
    expect(onPage(1)).toContain('Repurchase');
  });
});
