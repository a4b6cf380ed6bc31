import { describe, expect, it } from 'vitest';
import { computeWorkload } from '../../../shared/people/workload';
import { EXAMPLE_DEFAULT_LIMIT, examplePeople, examplePlans } from './peopleExample';

/** The table "Workload" of docs/people.md's worked example, worked out by hand. */
const expected: Record<string, [number, string[]][]> = {
  张三: [
    [1, ['C2']],
    [3, ['A2', 'B2', 'C2']],
    [3, ['A2', 'B2', 'C2']],
    [1, ['B2']],
  ],
  李四: [
    [1, ['A1']],
    [2, ['A1', 'B1']],
    [0, []],
    [0, []],
  ],
  'Wang Wu': [
    [1, ['C2']],
    [2, ['A3', 'C2']],
    [2, ['C1', 'C2']],
    [0, []],
  ],
  赵六: [
    [0, []],
    [1, ['B1']],
    [0, []],
    [0, []],
  ],
};

describe('workload by ISO week (docs/people.md worked example)', () => {
  const workload = computeWorkload(examplePlans(), examplePeople, { defaultLimit: EXAMPLE_DEFAULT_LIMIT });

  it('runs from W44 to W47 without gaps', () => {
    expect(workload.weeks).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(workload.mondays).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('counts every task in every week it touches, per person, as worked out by hand', () => {
    for (const row of workload.rows) {
      const got = row.cells.map((c): [number, string[]] => [c.load, c.tasks.map((t) => t.taskId).sort()]);
      expect([row.name, got]).toEqual([row.name, expected[row.name]]);
    }
  });

  it('marks overload only above the limit: 张三 W45, W46 and 李四 W45; Wang Wu at 2 of 2 is full', () => {
    const over = workload.rows.flatMap((r) =>
      r.cells.filter((c) => c.isOverloaded).map((c) => `${r.name} ${c.week}`),
    );
    expect(over).toEqual(['张三 2026-W45', '张三 2026-W46', '李四 2026-W45']);
    expect(workload.rows.map((r) => [r.name, r.limit, r.overloadedWeeks])).toEqual([
      ['张三', 2, 2],
      ['李四', 1, 1],
      ['Wang Wu', 2, 0],
      ['赵六', 2, 0],
    ]);
  });

  it('names the owners it could not count: 钱七 and the mere suggestion 张山', () => {
    expect(workload.unmatched).toEqual([
      { name: '钱七', tasks: 1 },
      { name: '张山', tasks: 1 },
    ]);
  });

  it('says which plan each task is from', () => {
    const w45 = workload.rows[0]?.cells[1];
    expect(w45?.tasks.map((t) => `${t.planName}:${t.title}`).sort()).toEqual([
      '双11:预热投放',
      '双12:选品',
      '黑五:广告',
    ]);
  });

  it('uses the workspace default of 5 when none is given: nobody is over', () => {
    const relaxed = computeWorkload(examplePlans(), examplePeople);
    expect(relaxed.rows.map((r) => r.limit)).toEqual([5, 1, 5, 5]);
    expect(
      relaxed.rows
        .flatMap((r) => r.cells)
        .filter((c) => c.isOverloaded)
        .map((c) => c.week),
    ).toEqual(['2026-W45']);
  });

  it('filters by plan and by department', () => {
    const onlyB = computeWorkload(examplePlans(), examplePeople, {
      defaultLimit: 2,
      planIds: new Set(['B']),
    });
    expect(onlyB.weeks).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(onlyB.rows.map((r) => r.cells.map((c) => c.load))).toEqual([
      [1, 1, 1],
      [1, 0, 0],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    const design = computeWorkload(examplePlans(), examplePeople, {
      defaultLimit: 2,
      departments: new Set(['设计']),
    });
    expect(design.rows.map((r) => r.name)).toEqual(['李四']);
    expect(design.weeks).toEqual(['2026-W44', '2026-W45']);
  });

  it('has no weeks when nobody owns anything', () => {
    expect(computeWorkload(examplePlans(), [])).toMatchObject({ weeks: [], rows: [] });
  });
});
