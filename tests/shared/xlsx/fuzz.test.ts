import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, MAX_FILE_BYTES, MAX_SHEET_ROWS } from '../../../shared/xlsx';
import { fixture } from './helpers';
import { propertySeed } from '../../propertySeed';

const ctx = { fileName: 'fuzz.xlsx', today: '2026-11-23' };

describe('hostile and broken bytes', () => {
  it('random bytes never throw past the importer', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('x.xlsx', 'x.xls', 'x.csv'),
        (bytes, fileName) => {
          const r = importFile(bytes, { context: { ...ctx, fileName } });
          expect(r.value === null ? r.problems.length : 0).toBeGreaterThanOrEqual(r.value === null ? 1 : 0);
        },
      ),
      { numRuns: 300, seed: propertySeed },
    );
  });

  it('every truncation of a real workbook is refused or read, never thrown', () => {
    const whole = fixture('schedule-double11-messy.xlsx');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: whole.length - 1 }), (cut) => {
        const r = importFile(whole.subarray(0, cut), { context: ctx });
        if (r.value === null) expect(r.problems[0]!.message.en.length).toBeGreaterThan(10);
      }),
      { numRuns: 150, seed: propertySeed },
    );
  });

  it('flipped bytes inside a real workbook never throw', () => {
    const whole = fixture('618-budget-sample.xlsx');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (flips) => {
          const copy = whole.slice();
          for (const [at, b] of flips) copy[at] = b;
          importFile(copy, { context: ctx });
        },
      ),
      { numRuns: 150, seed: propertySeed },
    );
  });

  it('refuses a file over 25 MB before parsing it', () => {
    const r = importFile(new Uint8Array(MAX_FILE_BYTES + 1), { context: { ...ctx, fileName: 'huge.xlsx' } });
    expect(r.value).toBeNull();
    expect(r.problems[0]!.code).toBe('fileTooLarge');
    expect(r.problems[0]!.message.zh).toContain('huge.xlsx');
  });

  it('refuses a sheet over 100,000 rows', () => {
    const csv = `任务,开始\n${'a,2026-10-01\n'.repeat(MAX_SHEET_ROWS + 5)}`;
    const r = importFile(new TextEncoder().encode(csv), { context: { ...ctx, fileName: 'long.csv' } });
    expect(r.value).toBeNull();
    expect(r.problems[0]!.code).toBe('tooManyRows');
    expect(r.problems[0]!.message.en).toContain('100000');
  });

  it('never turns cell text into HTML or evaluates it', () => {
    const csv = '任务,开始,备注\n<img src=x onerror=alert(1)>,2026-10-01,=1+1\n';
    const r = importFile(new TextEncoder().encode(csv), { context: { ...ctx, fileName: 'x.csv' } });
    expect(r.value!.document.tasks[0]!.title).toBe('<img src=x onerror=alert(1)>');
    expect(r.value!.document.tasks[0]!.notes).toBe('=1+1');
  });
});
