import { describe, expect, it } from 'vitest';
import { importFile, MAX_SHEET_ROWS, readWorkbook } from '../../../shared/xlsx';
import { deepestCellBeyond } from '../../../shared/xlsx/read/farCells';
import { hostileXlsx, sheetXml, str } from '../../fixtures/hostile/workbooks';

/**
 * Issue 7: a cell far down a sheet (beyond the row limit SheetJS reads, or beyond the sheet's
 * declared dimension, or in a sheet with no dimension) is either read or reported by sheet and
 * cell, never silently dropped.
 */
const context = { today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' };
const header = '<row r="1">' + str('A1', '任务') + str('B1', '开始日期') + str('C1', '结束日期') + '</row>';
const task = (r: number, title: string): string =>
  `<row r="${r}">${str(`A${r}`, title)}${str(`B${r}`, '2026-11-01')}${str(`C${r}`, '2026-11-03')}</row>`;
const bytes = (sheets: { name: string; xml: string }[]) => hostileXlsx({ sheets });
const encode = (s: string) => new TextEncoder().encode(s);

describe('cells beyond what SheetJS reads', () => {
  it('names the sheet and the cell below the row limit, in the second sheet too', () => {
    const file = bytes([
      { name: '说明', xml: sheetXml('<row r="1">' + str('A1', '说明') + '</row>') },
      {
        name: '排期',
        xml: sheetXml(
          header +
            task(2, '预热') +
            `<row r="${MAX_SHEET_ROWS + 5}">${str(`D${MAX_SHEET_ROWS + 5}`, '漏掉的')}</row>`,
        ),
      },
    ]);
    const r = importFile(file, { kind: 'auto', context: { ...context, fileName: 'far.xlsx' } });
    expect(r.value).toBeNull();
    expect(r.problems.map((p) => `${p.code} ${p.sheet} ${p.params.cell}`)).toEqual([
      `cellBeyondRowLimit 排期 D${MAX_SHEET_ROWS + 5}`,
    ]);
  });

  it('also when the sheet declares a small dimension that the far cell lies outside', () => {
    const xml = sheetXml(
      header + task(2, '预热') + `<row r="1048576">${str('B1048576', 'x')}</row>`,
      'A1:C2',
    );
    const r = readWorkbook(bytes([{ name: 'Plan', xml }]), 'dim.xlsx');
    expect(r.problems.map((p) => [p.code, p.sheet, p.params.cell])).toEqual([
      ['cellBeyondRowLimit', 'Plan', 'B1048576'],
    ]);
  });

  it('reads a cell beyond the declared dimension but within the row limit', () => {
    const xml = sheetXml(header + task(2, '预热') + task(40, '远处的任务'), 'A1:C2');
    const r = importFile(bytes([{ name: '排期', xml }]), {
      kind: 'auto',
      context: { ...context, fileName: 'dim.xlsx' },
    });
    expect(r.value?.document.tasks.map((t) => t.title)).toEqual(['预热', '远处的任务']);
  });

  it('an empty, merely formatted cell far down is no reason to refuse the file', () => {
    const xml = sheetXml(header + task(2, '预热') + '<row r="1048576"><c r="A1048576" s="0"/></row>');
    const r = importFile(bytes([{ name: '排期', xml }]), {
      kind: 'auto',
      context: { ...context, fileName: 'styled.xlsx' },
    });
    expect(r.value?.document.tasks.map((t) => t.title)).toEqual(['预热']);
  });
});

describe('deepestCellBeyond', () => {
  it('finds the deepest cell with content, with or without a namespace prefix and $ signs', () => {
    const xml =
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="200000"><x:c r="C200000" t="n"><x:v>2</x:v></x:c></x:row>' +
      "<x:row r='300000'><x:c t='s' r='$AB$300000'><x:v>0</x:v></x:c><x:c r='AC300001'/></x:row></x:sheetData>";
    expect(deepestCellBeyond(encode(xml), 100_000)).toEqual({ ref: '$AB$300000', row: 300000 });
  });

  it('ignores cols, self-closing cells and cells within the limit', () => {
    const xml = '<cols><col min="1" max="2"/></cols><row r="5"><c r="A5"><v>1</v></c><c r="B999999"/></row>';
    expect(deepestCellBeyond(encode(xml), 100)).toBeNull();
  });
});
