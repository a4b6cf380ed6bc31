import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/domain';
import { mergeImport, previewMerge } from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';
import { makeTask, fs } from '../planning/scheduling/makeTask';

/**
 * The import merge goes through the plan's one scheduling path (docs/scheduling.md): a sheet that
 * re-dates a task moves its successors in the open plan when "successors follow" is on.
 */
describe('merging dates with successors following', () => {
  const base = generateLargePlan({ tasks: 1, links: 0, seed: 4 });
  // Open plan: 备货 10-01..10-03 → 质检 (FS+1) 10-05..10-06 → 入仓 (FS) 10-07..10-07.
  const current: PlanDocument = {
    ...base,
    tasks: [
      makeTask('a', '2026-10-01', '2026-10-03', { title: '备货' }),
      makeTask('b', '2026-10-05', '2026-10-06', { title: '质检', predecessors: [fs('a', 1)] }),
      makeTask('c', '2026-10-07', '2026-10-07', { title: '入仓', predecessors: [fs('b')] }),
    ],
  };
  // The sheet only lists 备货, now ending 10-05.
  const imported: PlanDocument = {
    ...base,
    phases: [],
    tasks: [makeTask('x', '2026-10-01', '2026-10-05', { title: '备货' })],
  };
  const dates = (doc: PlanDocument) => doc.tasks.map((t) => `${t.title} ${t.startDate}..${t.endDate}`);

  it('on: 质检 may start 10-05 + 1 + 1 = 10-07 (10-07..10-08), 入仓 then 10-09; all shown in the preview', () => {
    const preview = previewMerge(current, imported, { pushSuccessors: true });
    expect(preview.tasks.changed.map((c) => [c.before.title, c.fields])).toEqual([
      ['备货', ['endDate']],
      ['质检', ['startDate', 'endDate']],
      ['入仓', ['startDate', 'endDate']],
    ]);
    expect(preview.tasks.unchanged).toEqual([]);
    expect(dates(mergeImport(current, { imported, pushSuccessors: true }))).toEqual([
      '备货 2026-10-01..2026-10-05',
      '质检 2026-10-07..2026-10-08',
      '入仓 2026-10-09..2026-10-09',
    ]);
  });

  it('off: only 备货 changes; 质检 keeps 10-05 and the link is left broken', () => {
    const preview = previewMerge(current, imported, { pushSuccessors: false });
    expect(preview.tasks.changed.map((c) => c.before.title)).toEqual(['备货']);
    expect(dates(mergeImport(current, { imported, pushSuccessors: false }))).toEqual([
      '备货 2026-10-01..2026-10-05',
      '质检 2026-10-05..2026-10-06',
      '入仓 2026-10-07..2026-10-07',
    ]);
  });
});
