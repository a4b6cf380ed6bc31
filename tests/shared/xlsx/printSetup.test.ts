import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  applyPageSetup,
  headerFooterText,
  orientationFor,
  printHeaderFooter,
} from '../../../shared/xlsx/write/printSetup';
import { monthLabel } from '../../../shared/xlsx/write/scheduleWorkbook';
import { exportBudgetWorkbook, exportPlanWorkbook, exportScheduleWorkbook } from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';

const exportedAt = '2026-11-23T08:00:00.000Z';
const decoder = new TextDecoder();

function partsOf(bytes: Uint8Array): { workbook: string; sheets: string[]; names: string[] } {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const read = (path: string): string => decoder.decode(XLSX.CFB.find(zip, path)!.content as Uint8Array);
  const workbook = read('/xl/workbook.xml');
  const names = [...workbook.matchAll(/<sheet name="([^"]*)"[^>]*?(state="hidden")?\/>/g)]
    .filter((m) => !m[2])
    .map((m) => m[1]!);
  return { workbook, sheets: names.map((_, i) => read(`/xl/worksheets/sheet${i + 1}.xml`)), names };
}

describe('page setup XML', () => {
  const sheetXml =
    '<worksheet><dimension ref="A1:B2"/><sheetViews/><sheetData/><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><ignoredErrors/></worksheet>';

  it('places fitToPage in sheetPr before dimension, and pageSetup and headerFooter right after pageMargins', () => {
    const xml = applyPageSetup(sheetXml, {
      orientation: 'landscape',
      header: { left: 'A && B', center: '&A' },
      footer: { center: 'Page &P / &N' },
    });
    expect(xml).toBe(
      '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:B2"/><sheetViews/><sheetData/>' +
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '<headerFooter><oddHeader>&amp;LA &amp;&amp; B&amp;C&amp;A</oddHeader><oddFooter>&amp;CPage &amp;P / &amp;N</oddFooter></headerFooter>' +
        '<ignoredErrors/></worksheet>',
    );
  });

  it('adds pageSetUpPr to an existing sheetPr', () => {
    const xml = applyPageSetup(
      sheetXml.replace('<dimension', '<sheetPr><outlinePr summaryBelow="1"/></sheetPr><dimension'),
      {
        orientation: 'portrait',
        header: {},
        footer: {},
      },
    );
    expect(xml).toContain('<sheetPr><outlinePr summaryBelow="1"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).not.toContain('<headerFooter>');
  });

  it('refuses a sheet without page margins rather than writing an invalid file', () => {
    expect(() =>
      applyPageSetup('<worksheet><dimension ref="A1"/></worksheet>', {
        orientation: 'portrait',
        header: {},
        footer: {},
      }),
    ).toThrow(/pageMargins/);
  });

  it('doubles ampersands of planner text (a code in headers), joins lines and cuts long names', () => {
    expect(headerFooterText('P&G 双11\nA&&B')).toBe('P&&G 双11 A&&&&B');
    expect([...headerFooterText('长'.repeat(100))].length).toBe(60);
    expect(headerFooterText('长'.repeat(100)).endsWith('…')).toBe(true);
  });

  it('says plan, version, currency, printed-at, exported-at and page x / y in both languages', () => {
    const info = {
      planName: 'R&D 双11',
      version: '2026-11-20 09:30',
      currency: 'CNY',
      exportedAt: '2026-11-23 16:00',
    };
    expect(printHeaderFooter({ ...info, language: 'zh' })).toEqual({
      header: { left: '&BR&&D 双11&B', center: '&A', right: '版本 2026-11-20 09:30 · CNY' },
      footer: { left: '打印于 &D &T', center: '第 &P / &N 页', right: '导出于 2026-11-23 16:00' },
    });
    expect(printHeaderFooter({ ...info, language: 'en' }).footer).toEqual({
      left: 'Printed &D &T',
      center: 'Page &P / &N',
      right: 'Exported 2026-11-23 16:00',
    });
  });

  it('turns a sheet landscape when its columns are wider than a portrait page holds', () => {
    expect(orientationFor([{ wch: 30 }, { wch: 18 }, { wch: 18 }, { wch: 18 }])).toBe('portrait');
    expect(orientationFor(Array.from({ length: 14 }, () => ({ wch: 12 })))).toBe('landscape');
    expect(orientationFor(undefined)).toBe('portrait');
  });
});

describe('the schedule grid’s month labels', () => {
  it('shorten to what the merged columns hold, never a date that would read ###', () => {
    expect(monthLabel('2026-11', 'zh', 30 * 3.2)).toBe('2026年11月');
    expect(monthLabel('2026-11', 'zh', 2 * 3.2)).toBe('11月');
    expect(monthLabel('2026-11', 'zh', 3.2)).toBe('11');
    expect(monthLabel('2026-11', 'en', 4 * 6)).toBe('Nov 2026');
    expect(monthLabel('2026-11', 'en', 6)).toBe('Nov');
  });
});

describe('every exported workbook', () => {
  const doc = generateLargePlan({ tasks: 40, links: 10, seed: 7 });
  const books = {
    budget: exportBudgetWorkbook(doc, { language: 'zh', exportedAt }),
    schedule: exportScheduleWorkbook(doc, { language: 'en', exportedAt }),
    plan: exportPlanWorkbook(doc, { language: 'zh', exportedAt }),
  };

  it.each(Object.entries(books))(
    '%s: every visible sheet fits one page wide, with header and footer',
    (_kind, bytes) => {
      const { sheets } = partsOf(bytes);
      expect(sheets.length).toBeGreaterThan(0);
      for (const xml of sheets) {
        expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
        expect(xml).toMatch(
          /<pageSetup paperSize="9" orientation="(portrait|landscape)" fitToWidth="1" fitToHeight="0"\/>/,
        );
        expect(xml).toContain(`&amp;L&amp;B${doc.plan.name}&amp;B`);
        expect(xml).toMatch(/<oddFooter>[^<]*&amp;P \/ &amp;N/);
      }
    },
  );

  it('repeats each table’s header rows on every page (print titles)', () => {
    const titles = (bytes: Uint8Array): string[] =>
      [
        ...partsOf(bytes).workbook.matchAll(
          /<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g,
        ),
      ].map((m) => `${m[1]} ${m[2]!.replace(/&apos;/g, "'")}`);
    expect(titles(books.budget)).toEqual(["1 '预算明细'!$1:$1"]);
    expect(titles(books.schedule)).toEqual(["0 'Tasks'!$1:$1", "1 'Gantt'!$1:$2"]);
    expect(titles(books.plan).length).toBe(partsOf(books.plan).names.length);
  });

  it('prints the wide sheets landscape: the budget summary and lines and the schedule grid', () => {
    const orientation = (xml: string): string => /orientation="(\w+)"/.exec(xml)![1]!;
    // The summary's five columns (item 30 + planned, actual, variance, committed 18 each = 102
    // character widths) are wider than a portrait page's 90.
    expect(partsOf(books.budget).sheets.map(orientation)).toEqual(['landscape', 'landscape']);
    expect(orientation(partsOf(books.schedule).sheets[1]!)).toBe('landscape');
  });

  it('merges each month’s header over its grid columns, as text', () => {
    const grid = XLSX.read(books.schedule, { type: 'array' }).Sheets.Gantt!;
    const merges = grid['!merges'] ?? [];
    expect(merges.length).toBeGreaterThan(1);
    for (const m of merges) {
      expect(m.s.r).toBe(0);
      const cell = grid[XLSX.utils.encode_cell(m.s)]!;
      expect(cell.t).toBe('s');
      expect(String(cell.v)).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/);
    }
  });
});
