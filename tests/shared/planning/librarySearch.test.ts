import { describe, expect, it } from 'vitest';
import { taskSchema, type Plan, type PlanDocument } from '../../../shared/domain';
import { createBlankPlan } from '../../../shared/planning/createPlan';
import {
  entryMatches,
  filterLibrary,
  libraryFacets,
  noLibraryFilters,
  normalizeTags,
  sortLibrary,
  summarizeDocument,
  type LibraryEntry,
  type LibraryFilters,
  type LibrarySort,
} from '../../../shared/planning/librarySearch';

/** The worked example of docs/library.md, written from the doc's table. */
const names: Record<string, string[]> = {
  tmall: ['天猫', 'Tmall'],
  jd: ['京东', 'JD.com'],
  douyin: ['抖音', 'Douyin'],
};
const platformNames = (p: string) => names[p] ?? [];

function plan(
  name: string,
  [startDate, peakDate, endDate]: [string, string, string],
  patch: Partial<Plan>,
  owners: string[],
): PlanDocument {
  const doc = createBlankPlan({
    name,
    type: 'custom',
    peakDate,
    locale: 'zh-CN',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const tasks = owners.map((owner, i) =>
    taskSchema.parse({
      id: `${name}-t${i}`,
      planId: doc.plan.id,
      title: `任务 ${i}`,
      owner,
      startDate: peakDate,
      endDate: peakDate,
    }),
  );
  return { ...doc, plan: { ...doc.plan, startDate, endDate, ...patch }, tasks };
}

const docs = [
  plan(
    'A 2025 双11',
    ['2025-09-20', '2025-11-11', '2025-11-20'],
    { platforms: ['tmall'], tags: ['复盘完成'], status: 'done' },
    ['张三(运营)', '张三/李四'],
  ),
  plan(
    'B 2026 年货节',
    ['2025-12-20', '2026-01-20', '2026-02-05'],
    { platforms: ['jd'], tags: ['年货'], status: 'approved' },
    ['王五'],
  ),
  plan(
    'C 2026 双11',
    ['2026-09-20', '2026-11-11', '2026-11-20'],
    { platforms: ['tmall', 'douyin'], tags: ['旗舰店'] },
    ['李四'],
  ),
  plan(
    'D 2026 618',
    ['2026-05-01', '2026-06-18', '2026-06-25'],
    { platforms: ['jd'], tags: ['旗舰店'], archivedAt: '2026-07-01T00:00:00.000Z' },
    ['张三'],
  ),
];
const entries: LibraryEntry[] = docs.map((d) => ({ plan: d.plan, ...summarizeDocument(d) }));

function found(filters: Partial<LibraryFilters>): string[] {
  return searchLibrary(entries, { ...noLibraryFilters, ...filters }, 'name', platformNames).map((e) =>
    e.plan.name.slice(0, 1),
  );
}

/** The library's visible plans as the screen lists them: sorted once, then filtered. */
function searchLibrary<E extends LibraryEntry>(
  list: readonly E[],
  filters: LibraryFilters,
  sort: LibrarySort,
  namesOf: typeof platformNames,
): E[] {
  return filterLibrary(sortLibrary(list, sort), filters, namesOf);
}

describe('library search (docs/library.md worked example)', () => {
  it('summarises each plan’s owners: split, note taken off, once each', () => {
    expect(entries.map((e) => e.owners)).toEqual([['李四', '张三'], ['王五'], ['李四'], ['张三']]);
    expect(entries.map((e) => e.taskCount)).toEqual([2, 1, 1, 1]);
  });

  it('finds plans by the words of the doc’s table', () => {
    expect(found({ query: '2026' })).toEqual(['B', 'C']);
    expect(found({ query: '2025' })).toEqual(['A', 'B']);
    expect(found({ query: '李四' })).toEqual(['A', 'C']);
    expect(found({ query: '天猫 2026' })).toEqual(['C']);
    expect(found({ query: '旗舰店', showArchived: true })).toEqual(['C', 'D']);
    expect(found({ query: 'douyin' })).toEqual(['C']);
    expect(found({ query: 'ＴＭＡＬＬ' })).toEqual(['A', 'C']);
  });

  it('narrows by owner, year, platform, tag and status together', () => {
    expect(found({ owner: '张三' })).toEqual(['A']);
    expect(found({ year: 2026, platform: 'jd' })).toEqual(['B']);
    expect(found({ tag: '旗舰店', status: 'draft', showArchived: true })).toEqual(['C', 'D']);
    expect(found({ owner: 'zhang san' })).toEqual([]);
  });

  it('never lists a plan in the trash', () => {
    const trashed = entries.map((e, i) =>
      i === 2 ? { ...e, plan: { ...e.plan, deletedAt: '2026-12-01T00:00:00.000Z' } } : e,
    );
    expect(
      searchLibrary(trashed, { ...noLibraryFilters, query: '李四' }, 'name', platformNames),
    ).toHaveLength(1);
  });

  it('sorts by peak (latest first) and by creation, ties by name', () => {
    const peak = searchLibrary(entries, { ...noLibraryFilters, showArchived: true }, 'peak', platformNames);
    expect(peak.map((e) => e.plan.name.slice(0, 1))).toEqual(['C', 'D', 'B', 'A']);
    const created = searchLibrary(
      entries,
      { ...noLibraryFilters, showArchived: true },
      'created',
      platformNames,
    );
    expect(created.map((e) => e.plan.name.slice(0, 1))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('sorts once: filtering the sorted list gives the order of sorting the filtered one', () => {
    const filterSets: Partial<LibraryFilters>[] = [
      { query: '2026' },
      { query: '李四' },
      { showArchived: true },
    ];
    for (const sort of ['updated', 'name', 'peak', 'created'] as const) {
      for (const f of filterSets) {
        const filters = { ...noLibraryFilters, ...f };
        const matching = entries.filter((e) => entryMatches(e, filters, platformNames));
        expect(filterLibrary(sortLibrary(entries, sort), filters, platformNames)).toEqual(
          sortLibrary(matching, sort),
        );
      }
    }
  });

  it('offers the filters’ values as the doc lists them', () => {
    expect(libraryFacets(entries)).toEqual({
      years: [2026, 2025],
      platforms: ['douyin', 'jd', 'tmall'],
      tags: ['旗舰店', '复盘完成', '年货'],
      owners: ['李四', '王五', '张三'],
    });
  });

  it('stores tags trimmed, folded and once each', () => {
    expect(normalizeTags([' 旗舰店 ', 'ＶＩＰ', 'vip', '', '大促'])).toEqual(['旗舰店', 'VIP', '大促']);
  });
});
