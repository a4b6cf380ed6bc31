import { planDocumentSchema } from '../../../shared/domain';
import { computeCriticalPath } from '../../../shared/planning/scheduling/cpm';
import { findCycle } from '../../../shared/planning/scheduling/graph';
import { moveTasks } from '../../../shared/planning/scheduling/move';
import { findScheduleProblems } from '../../../shared/planning/scheduling/problems';
import { generateLargePlan } from '../fixtures/generatePlan';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * Scheduling bench (pure code, ignores ctx): the timeline recomputes these on every edit of a
 * plan with 2,000 tasks and 1,500 links, so each must take a few milliseconds.
 * `scheduling.cpm.2000` (budget 20 ms) is the critical-path pass; the others are reported.
 */
const WARMUP = 5;
const RUNS = 31;

function measure(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return round(median(times), 2);
}

const suite: BenchSuite = async () => {
  const doc = generateLargePlan({ tasks: 2000, links: 1500, seed: 1 });
  const parsed = planDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`the bench plan is not a valid document: ${parsed.error.message}`);
  const { plan, phases, tasks } = doc;
  const links = tasks.reduce((sum, task) => sum + task.predecessors.length, 0);
  if (tasks.length !== 2000 || links !== 1500)
    throw new Error(`expected 2000 tasks and 1500 links, got ${tasks.length} and ${links}`);
  const first = tasks[0];
  if (!first) throw new Error('the bench plan has no tasks');

  const rows: BenchRow[] = [
    {
      name: 'scheduling.cpm.2000',
      value: measure(() => computeCriticalPath(tasks, { projectEnd: plan.endDate })),
      unit: 'ms',
      budget: 20,
    },
    { name: 'scheduling.findCycle.2000', value: measure(() => findCycle(tasks)), unit: 'ms', budget: null },
    {
      name: 'scheduling.movePush.2000',
      value: measure(() => moveTasks(tasks, [first.id], 3, { pushSuccessors: true })),
      unit: 'ms',
      budget: null,
    },
    {
      name: 'scheduling.problems.2000',
      value: measure(() => findScheduleProblems({ plan, phases, tasks })),
      unit: 'ms',
      budget: null,
    },
  ];
  return rows;
};

export default suite;
