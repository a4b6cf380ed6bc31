import { describe, expect, it } from 'vitest';
import { adjustTally, ownerNamesOfTally, tallyOwners } from '../../../shared/planning/ownerTally';

/** docs/library.md: owner names split and cleaned, once per name key; the tally counts records. */
describe('owner tally (the library summary kept up to date by saves)', () => {
  const records = [{ owner: '张三(运营)' }, { owner: '张三/李四' }, { owner: '' }, { owner: '王五' }];

  it('counts each name once per record, first spelling kept', () => {
    const t = tallyOwners(records);
    expect(t).toEqual({
      [Object.keys(t).find((k) => t[k]!.name === '张三')!]: { name: '张三', count: 2 },
      [Object.keys(t).find((k) => t[k]!.name === '李四')!]: { name: '李四', count: 1 },
      [Object.keys(t).find((k) => t[k]!.name === '王五')!]: { name: '王五', count: 1 },
    });
    expect(ownerNamesOfTally(t)).toEqual(['李四', '王五', '张三']);
  });

  it('an adjusted tally equals the tally of the records after the change', () => {
    let t = tallyOwners(records);
    // 张三/李四 → 李四 alone: 张三 is still named by the first record.
    t = adjustTally(t, records[1], { owner: '李四' });
    expect(ownerNamesOfTally(t)).toEqual(['李四', '王五', '张三']);
    // The first record removed: 张三 is gone.
    t = adjustTally(t, records[0], undefined);
    expect(ownerNamesOfTally(t)).toEqual(['李四', '王五']);
    // A new record naming 赵六, and 王五's record renamed to ｗａｎｇ wu (full width folded).
    t = adjustTally(t, undefined, { owner: '赵六' });
    t = adjustTally(t, records[3], { owner: 'wang wu' });
    expect(ownerNamesOfTally(t)).toEqual(
      ownerNamesOfTally(tallyOwners([{ owner: '李四' }, { owner: '赵六' }, { owner: 'wang wu' }])),
    );
  });

  it('returns the same tally when the record’s names did not change', () => {
    const t = tallyOwners(records);
    expect(adjustTally(t, { owner: '王五' }, { owner: ' 王五 ' })).toBe(t);
  });
});
