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

  it('prints a long column name whole, over lines of its column, not cut to "vs baseline, tot…"', async () => {
    const header = 'vs baseline, totals (2025 Double 11, same 10 days)';
    await pagesWith((w) =>
      w.table(
        { headers: ['Goal', 'Actual', header], numeric: [1, 2], rows: [['GMV', '¥1,800,000.00', '+5.9%']] },
        [2, 2, 1.2],
      ),
    );
    expect(drawn.some((d) => d.text.includes('…'))).toBe(false);
    const lines = drawn.filter((d) => d.text.length > 2 && header.includes(d.text));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((d) => d.text).join(' ')).toBe(header);
    // The row stands under the whole header.
    expect(drawn.find((d) => d.text === '+5.9%')!.y).toBeLessThan(Math.min(...lines.map((d) => d.y)));
  });
});

/** A 1×1 PNG: what chart.js hands over, at any size. */
const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('report charts', () => {
  async function imageWidths(perRow?: 1 | 2): Promise<number[]> {
    const widths: number[] = [];
    const pdf = await PDFDocument.create();
    let w: ReturnType<typeof createPdfPages> | null = null;
    w = createPdfPages(
      pdf,
      fakeKit(() => w?.pages ?? []),
    );
    const page = w.page;
    const draw = page.drawImage.bind(page);
    page.drawImage = (image, options) => {
      widths.push(options?.width ?? 0);
      draw(image, options);
    };
    const chart = { title: 'Lift against baselines (per day)', png, width: 1200, height: 260 };
    await w.charts([chart], perRow ? { perRow } : undefined);
    return widths;
  }

  it('a chart drawn across the screen takes the whole width with perRow 1, not half of it', async () => {
    // A4 portrait: 595.28 pt less two 40 pt margins = 515.28 pt; two to a row: (515.28 − 12) ÷ 2.
    const [whole] = await imageWidths(1);
    const [half] = await imageWidths();
    expect(whole).toBeCloseTo(515.28, 2);
    expect(half).toBeCloseTo(251.64, 2);
  });
});
