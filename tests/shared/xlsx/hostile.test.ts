import { describe, expect, it } from 'vitest';
import { importFile, readWorkbook } from '../../../shared/xlsx';
import { storedCopy } from '../../../shared/xlsx/read/storedZip';
import { fixture } from './helpers';
import { importInChild } from '../../fixtures/hostile/run';
import { hostileXlsx, num, sheetXml, str } from '../../fixtures/hostile/workbooks';
import { deflateRepeated } from '../../fixtures/hostile/zip';

const context = { today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' };
const header = '<row r="1">' + str('A1', '任务') + str('B1', '开始日期') + str('C1', '结束日期') + '</row>';
const task = (r: number, title: string, start: string, end: string): string =>
  `<row r="${r}">${str(`A${r}`, title)}${str(`B${r}`, start)}${str(`C${r}`, end)}</row>`;

describe('prototype pollution on read (CVE-2023-30533)', () => {
  // Not the public PoC file itself (not looked up): the closest equivalent we could craft, putting
  // __proto__ / constructor / prototype in every keyed structure SheetJS builds while reading.
  const proto = '<a><__proto__><polluted>yes</polluted></__proto__></a>';
  const bytes = hostileXlsx({
    sheets: [
      { name: '__proto__', rows: header + task(2, '__proto__', '2026-11-01', '2026-11-03') },
      { name: 'constructor', rows: '<row r="1">' + str('A1', 'prototype') + '</row>' },
      {
        name: 'prototype',
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
      },
    ],
    definedNames:
      '<definedName name="__proto__">__proto__!$A$1</definedName>' +
      '<definedName name="constructor">constructor!$A$1</definedName>' +
      '<definedName name="polluted" localSheetId="0">1</definedName>',
    sharedStrings: `<si><t>__proto__</t></si><si><t>${proto.replace(/</g, '&lt;')}</t></si>`,
    customProps:
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="__proto__"><vt:lpwstr>polluted</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="polluted"><vt:lpwstr>yes</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="constructor"><vt:lpwstr>x</vt:lpwstr></property>',
    coreProps: '<dc:title>__proto__</dc:title><dc:creator>constructor</dc:creator>',
    comments:
      '<comment ref="A1" authorId="0"><text><r><t>__proto__</t></r></text></comment>' +
      '<comment ref="__proto__" authorId="1"><text><t>polluted</t></text></comment>',
  });

  it('reads the three oddly named sheets without touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const grid = readWorkbook(bytes, 'proto.xlsx');
    const result = importFile(bytes, { kind: 'auto', context: { ...context, fileName: 'proto.xlsx' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(grid.value?.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor', 'prototype']);
    // The shared strings arrive as plain text, not as objects.
    expect(grid.value?.sheets[2]?.rows[0]).toEqual(['__proto__', proto]);
    // The sheet named __proto__ is an ordinary schedule: its one task is read.
    expect(result.value?.document.tasks.map((t) => `${t.title} ${t.startDate}..${t.endDate}`)).toEqual([
      '__proto__ 2026-11-01..2026-11-03',
    ]);
  });

  it('does the same in a fresh process, where nothing earlier could have hidden the pollution', () => {
    const child = importInChild('proto.xlsx', bytes, 20_000);
    expect(child.status).toBe(0);
    expect(child.outcome?.polluted).toBe(false);
    expect(child.outcome?.read).toBe(true);
  });
});

describe('pathological strings and number formats (ReDoS, CVE-2024-22363)', () => {
  // Each file runs in its own process, killed after 60 s: a catastrophic regex would take hours.
  // Measured alone: the xlsx ~5 s (a CSV with the same cells took ~10 s
  // and was left out of this file as too slow to be a reliable test; see the report).
  const long = {
    ones: '1'.repeat(50_000) + '!',
    parens: '('.repeat(50_000),
    percent: '0'.repeat(100_000) + '%',
    dateish: '2026-'.repeat(20_000) + 'x',
    spaces: '1' + ' '.repeat(50_000) + 'x',
  };
  const formats = [
    { id: 164, code: '#,##0.00' + '_)'.repeat(50_000) },
    { id: 165, code: 'y'.repeat(100_000) },
    { id: 166, code: '[' + 'h'.repeat(100_000) },
    { id: 167, code: '"'.repeat(100_001) + '0%' },
    { id: 168, code: '0' + '.0'.repeat(50_000) + '%' },
  ];
  const rows =
    header +
    Object.values(long)
      .map((v, i) => task(i + 2, v, v, v))
      .join('') +
    formats
      .map((f, i) => `<row r="${i + 10}">${str(`A${i + 10}`, 't')}${num(`B${i + 10}`, '46327', i + 1)}</row>`)
      .join('');
  const cases: [string, Uint8Array][] = [
    ['redos.xlsx', hostileXlsx({ sheets: [{ name: '排期', rows }], numFmts: formats })],
  ];

  it.each(cases)('%s is read to problems in a child process that exits normally', (name, bytes) => {
    const child = importInChild(name, bytes, 60_000);
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.outcome?.polluted).toBe(false);
    // Every long date is refused by row, so the planner learns which rows were left out.
    expect(child.outcome?.codes.length).toBeGreaterThan(0);
  });
});

describe('zip bombs and out-of-range references', () => {
  // 1 MiB of rows, deflated once and repeated: the sheet XML inflates to ~600 MB.
  const row = '<row><c t="inlineStr"><is><t>' + 'a'.repeat(100) + '</t></is></c></row>';
  const chunk = row.repeat(Math.ceil(1_048_576 / row.length));
  const open = sheetXml('').replace('</sheetData></worksheet>', '');
  const bomb = deflateRepeated(open, chunk, Math.ceil(600e6 / chunk.length), '</sheetData></worksheet>');

  it('the bomb is tiny on disk and enormous inflated', () => {
    expect(bomb.bytes.length).toBeLessThan(3_000_000);
    expect(bomb.size).toBeGreaterThan(500_000_000);
  });

  it('a zip bomb is refused by name before anything is inflated', () => {
    const bytes = hostileXlsx({ sheets: [{ name: '炸弹', deflated: bomb }] });
    const direct = readWorkbook(bytes, 'bomb.xlsx');
    expect(direct.value).toBeNull();
    expect(direct.problems.map((p) => p.code)).toEqual(['unpackedTooLarge']);
    expect(direct.problems[0]?.message.en).toBe(
      'The file bomb.xlsx unpacks to more than 256 MB (xl/worksheets/sheet1.xml alone is 573 MB); it may be a malicious file and nothing was imported.',
    );
    expect(direct.problems[0]?.message.zh).toContain('bomb.xlsx');
    const child = importInChild('bomb.xlsx', bytes, 20_000);
    expect(child.status).toBe(0);
    expect(child.outcome?.codes).toEqual(['unpackedTooLarge']);
  });

  const liarMessage =
    'In the file liar.xlsx, xl/worksheets/sheet1.xml unpacks to more than 256 MB although the file declares it much smaller; it may be a malicious file and nothing was imported.';

  it('a bomb that lies about its size is refused by name within 512 MB, by the import itself', () => {
    const bytes = hostileXlsx({ sheets: [{ name: '炸弹', deflated: bomb, declaredSize: 1000 }] });
    const child = importInChild('liar.xlsx', bytes, 60_000);
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.outcome?.read).toBe(false);
    expect(child.outcome?.codes).toEqual(['inflatesTooLarge']);
    expect(child.outcome?.messages).toEqual([liarMessage]);
  }, 90_000);

  it('a bomb that lies about its size is refused by name once inflating passes 256 MB', () => {
    const bytes = hostileXlsx({ sheets: [{ name: '炸弹', deflated: bomb, declaredSize: 1000 }] });
    const direct = readWorkbook(bytes, 'liar.xlsx');
    expect(direct.value).toBeNull();
    expect(direct.problems.map((p) => p.code)).toEqual(['inflatesTooLarge']);
    expect(direct.problems[0]?.message.en).toBe(liarMessage);
    expect(direct.problems[0]?.message.zh).toContain('liar.xlsx');
    const stored = storedCopy(bytes, 256 * 1024 * 1024);
    // Inflating stops just past the limit instead of going through all 573 MB.
    expect(stored).toMatchObject({ ok: false, problem: 'tooLarge', part: 'xl/worksheets/sheet1.xml' });
    expect(stored.ok ? 0 : 'inflated' in stored && stored.inflated).toBeGreaterThan(256 * 1024 * 1024);
    expect(stored.ok ? 0 : 'inflated' in stored && stored.inflated).toBeLessThan(300 * 1024 * 1024);
  }, 60_000);

  it('an honest workbook passes the one inflating pass whole, and a CSV is not unzipped', () => {
    for (const name of ['schedule-double11-messy.xlsx', '618-budget-sample.xlsx']) {
      const read = readWorkbook(fixture(name), name);
      expect(read.problems, name).toEqual([]);
      expect(read.value?.sheets.length, name).toBeGreaterThan(0);
    }
    expect(readWorkbook(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv').value?.sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('a sheet whose dimension claims all 1,048,576 rows is refused, naming the sheet', () => {
    const xml = sheetXml(header + task(2, '预热', '2026-11-01', '2026-11-03'), 'A1:XFD1048576');
    const child = importInChild('dim.xlsx', hostileXlsx({ sheets: [{ name: '排期', xml }] }), 20_000);
    expect(child.status).toBe(0);
    expect(child.outcome?.codes).toEqual(['tooManyRows']);
    expect(child.outcome?.sheets).toEqual(['排期']);
    expect(child.outcome?.messages[0]).toBe(
      'Sheet "排期" has more than 100000 rows; nothing was imported. Split it and try again.',
    );
  });

  it('a cell at row 1,048,576 (no dimension) is reported by sheet and cell, not dropped', () => {
    const xml = sheetXml(
      header +
        task(2, '预热', '2026-11-01', '2026-11-03') +
        `<row r="1048576">${str('XFD1048576', 'x')}</row>`,
    );
    const bytes = hostileXlsx({ sheets: [{ name: '排期', xml }] });
    const grid = readWorkbook(bytes, 'far.xlsx');
    expect(grid.value).toBeNull();
    expect(grid.problems.map((p) => [p.code, p.sheet, p.params.cell])).toEqual([
      ['cellBeyondRowLimit', '排期', 'XFD1048576'],
    ]);
    expect(grid.problems[0]?.message.en).toBe(
      'Sheet "排期" has content in cell XFD1048576, beyond the 100000-row limit; nothing was imported. Delete what is below row 100000 and try again.',
    );
    expect(grid.problems[0]?.message.zh).toContain('XFD1048576');
    // …and it does not make the importer allocate a million rows on the way.
    const child = importInChild('far.xlsx', bytes, 20_000);
    expect(child.status).toBe(0);
    expect(child.outcome?.codes).toEqual(['cellBeyondRowLimit']);
    expect(child.outcome?.sheets).toEqual(['排期']);
  });
});
