import { describe, expect, it } from 'vitest';
import type { Channel, Phase, PhaseId, PlanId } from '../../../shared/domain';
import { workstreams } from '../../../shared/domain';
import {
  buildRows,
  groupKeyOfTask,
  indexTaskRows,
  type GroupLabels,
  type TimelineRow,
} from '../../../renderer/src/features/timeline/rows';
import { makeTask } from '../../shared/planning/scheduling/makeTask';

const labels: GroupLabels = {
  noGroup: 'None',
  unassigned: 'Unassigned',
  workstream: Object.fromEntries(workstreams.map((w) => [w, `ws-${w}`])) as GroupLabels['workstream'],
};

function phase(id: string, name: string, order: number, start: string, end: string): Phase {
  return {
    id: id as PhaseId,
    planId: 'plan-1' as PlanId,
    name,
    kind: 'custom',
    startDate: start,
    endDate: end,
    color: '#ff0000',
    purpose: '',
    order,
  };
}

const phases = [
  phase('p2', '爆发期', 2, '2026-11-10', '2026-11-11'),
  phase('p1', '预热期', 1, '2026-10-20', '2026-11-09'),
  phase('p3', '返场', 3, '2026-11-12', '2026-11-14'),
];
const tasks = [
  makeTask('b', '2026-11-10', '2026-11-11', { phaseId: 'p2' as PhaseId, order: 2, owner: '王' }),
  makeTask('a', '2026-10-25', '2026-10-28', { phaseId: 'p1' as PhaseId, order: 5, owner: '李' }),
  makeTask('c', '2026-10-21', '2026-10-22', { phaseId: 'p1' as PhaseId, order: 1, workstream: 'design' }),
  makeTask('d', '2026-10-01', '2026-10-03', { order: 0, owner: '  李 ' }),
];
const doc = { tasks, phases, channels: [] as Channel[] };

/** A row as a short string: "#label(count)" for a group, the task id for a task. */
const shape = (rows: TimelineRow[]) =>
  rows.map((r) => (r.kind === 'group' ? `#${r.label}(${r.count})` : r.task.id));

describe('timeline rows', () => {
  it('groups by phase in phase order, tasks by their order, empty phases and "none" last', () => {
    const rows = buildRows(doc, 'phase', new Set(), labels);
    expect(shape(rows)).toEqual(['#预热期(2)', 'c', 'a', '#爆发期(1)', 'b', '#返场(0)', '#None(1)', 'd']);
  });

  it('gives each group the span of its tasks, and none to an empty group', () => {
    const rows = buildRows(doc, 'phase', new Set(), labels);
    const groups = rows.filter((r) => r.kind === 'group');
    expect(groups.map((g) => [g.start, g.end])).toEqual([
      ['2026-10-21', '2026-10-28'],
      ['2026-11-10', '2026-11-11'],
      [null, null],
      ['2026-10-01', '2026-10-03'],
    ]);
  });

  it('hides the tasks of a collapsed group but keeps its header and count', () => {
    const rows = buildRows(doc, 'phase', new Set(['phase:p1']), labels);
    expect(shape(rows)).toEqual(['#预热期(2)', '#爆发期(1)', 'b', '#返场(0)', '#None(1)', 'd']);
    expect(rows[0]).toMatchObject({ kind: 'group', collapsed: true });
  });

  it('groups by workstream in the listed order, and by trimmed owner with the unassigned last', () => {
    expect(shape(buildRows(doc, 'workstream', new Set(), labels))).toEqual([
      '#ws-operations(3)',
      'd',
      'b',
      'a',
      '#ws-design(1)',
      'c',
    ]);
    const byOwner = buildRows(doc, 'owner', new Set(), labels);
    expect(shape(byOwner)).toEqual(['#李(2)', 'd', 'a', '#王(1)', 'b', '#Unassigned(1)', 'c']);
  });

  it('indexes each visible task row and names the group a task falls in', () => {
    const rows = buildRows(doc, 'phase', new Set(), labels);
    const index = indexTaskRows(rows);
    expect([...index.entries()]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 4],
      ['d', 7],
    ]);
    expect(groupKeyOfTask(tasks[3]!, 'owner')).toBe('owner:李');
    expect(groupKeyOfTask(tasks[3]!, 'phase')).toBe('phase:none');
    expect(groupKeyOfTask(tasks[2]!, 'workstream')).toBe('ws:design');
    expect(groupKeyOfTask(tasks[0]!, 'channel')).toBe('ch:none');
  });
});
