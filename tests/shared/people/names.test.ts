import { describe, expect, it } from 'vitest';
import { areSimilarKeys, cleanName, nameKey, splitOwners } from '../../../shared/people/names';
import { isoWeekOf, mondaysTouched } from '../../../shared/people/isoWeek';

describe('owner texts → names (docs/people.md)', () => {
  it('splits on / 、 , ; & and their full-width forms, never inside brackets', () => {
    expect(splitOwners('张三/李四')).toEqual(['张三', '李四']);
    expect(splitOwners('张三、李四，王五；赵六／钱七 & Kim')).toEqual([
      '张三',
      '李四',
      '王五',
      '赵六',
      '钱七',
      'Kim',
    ]);
    expect(splitOwners('张三(运营/市场)/李四')).toEqual(['张三(运营/市场)', '李四']);
    expect(splitOwners(' 张三 ; ;')).toEqual(['张三']);
    expect(splitOwners('')).toEqual([]);
  });

  it('cleans a name: full width folded, a trailing note kept apart, spaces collapsed', () => {
    expect(cleanName('张三(运营)')).toEqual({ name: '张三', note: '运营' });
    expect(cleanName('张三（运营）')).toEqual({ name: '张三', note: '运营' });
    expect(cleanName('李四【设计】 ')).toEqual({ name: '李四', note: '设计' });
    expect(cleanName('ｗａｎｇ　ｗｕ')).toEqual({ name: 'wang wu', note: '' });
    expect(cleanName('(运营)')).toEqual({ name: '(运营)', note: '' });
  });

  it('keys: case, width, note, trailing space and Latin word order do not matter', () => {
    expect(nameKey('张三 ')).toBe(nameKey('张三'));
    expect(nameKey('张 三')).toBe('张三');
    expect(nameKey('ＺＨＡＮＧ San')).toBe(nameKey('Zhang San'));
    expect(nameKey('San Zhang')).toBe(nameKey('Zhang San'));
    expect(nameKey('Zhang San')).not.toBe(nameKey('张三'));
  });

  it('similar: same surname and one character apart, close Latin spellings, a subset of words', () => {
    expect(areSimilarKeys('张山', '张三')).toBe(true);
    expect(areSimilarKeys('张三丰', '张三')).toBe(true);
    expect(areSimilarKeys('李三', '张三')).toBe(false);
    expect(areSimilarKeys('zhangsan', 'san zhang')).toBe(true);
    expect(areSimilarKeys(nameKey('ZhangSan'), nameKey('Zhang San'))).toBe(true);
    expect(areSimilarKeys('zhang', 'san zhang')).toBe(true);
    expect(areSimilarKeys('li', 'lu')).toBe(false);
    expect(areSimilarKeys('wang wuu', 'wang wu')).toBe(true);
  });
});

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601, Monday first, the year of the Thursday', () => {
    expect(isoWeekOf('2026-11-02')).toBe('2026-W45');
    expect(isoWeekOf('2026-11-01')).toBe('2026-W44');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });

  it('a span touches every week from its start to its end', () => {
    expect(mondaysTouched('2026-11-01', '2026-11-09')).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(mondaysTouched('2026-11-04', '2026-11-05')).toEqual(['2026-11-02']);
  });
});
