import { describe, expect, it } from 'vitest';
import { parseUnicodeRanges, rangesContain } from '../../../../renderer/src/components/pdf/unicodeRanges';

describe('unicode-range lists', () => {
  it('reads single code points, spans and wildcards', () => {
    expect(parseUnicodeRanges('U+4e00-4e2f, U+ff01,U+4??')).toEqual([
      { from: 0x4e00, to: 0x4e2f },
      { from: 0xff01, to: 0xff01 },
      { from: 0x400, to: 0x4ff },
    ]);
  });

  it('finds which slice holds a character', () => {
    const ranges = parseUnicodeRanges('U+53cc,U+5927-5928');
    expect(rangesContain(ranges, '双'.codePointAt(0) ?? 0)).toBe(true);
    expect(rangesContain(ranges, '大'.codePointAt(0) ?? 0)).toBe(true);
    expect(rangesContain(ranges, '促'.codePointAt(0) ?? 0)).toBe(false);
  });
});
