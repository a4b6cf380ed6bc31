import { addDays, emptyDocument, planSchema, taskSchema, type PlanDocument } from '../../../shared/domain';
import { computeWorkload, type WorkloadPerson } from '../../../shared/people/workload';
import { collectOwnerNames } from '../../../shared/people/ownerReview';
import { indexRoster } from '../../../shared/people/matchOwners';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * People bench: `people.workload.30x300` — the workload grid over 30 plans of 300 tasks each
 * (9,000 tasks, owners written every way the matcher knows: notes, full width, two owners), 40
 * people; and `people.matchOwners.30x300`, the review's list of every owner name. Pure, in Node.
 */

const surnames = ['张', '李', '王', '赵', '钱', '孙', '周', '吴'];
const given = ['伟', '芳', '娜', '敏', '静'];

function makeLibrary(): { docs: PlanDocument[]; people: WorkloadPerson[] } {
  const people: WorkloadPerson[] = [];
  for (const s of surnames)
    for (const g of given) people.push({ id: `${s}${g}`, name: `${s}${g}`, department: s });
  const spell = (i: number) => {
    const p = people[i % people.length]!;
    const other = people[(i * 7 + 3) % people.length]!;
    switch (i % 4) {
      case 0:
        return p.name;
      case 1:
        return `${p.name}(运营)`;
      case 2:
        return `${p.name}/${other.name}`;
      default:
        return `${p.name} `;
    }
  };
  const docs: PlanDocument[] = [];
  for (let k = 0; k < 30; k++) {
    const start = addDays('2026-01-05', k * 11);
    const planId = `plan-${k}`;
    const doc = emptyDocument(
      planSchema.parse({
        id: planId,
        name: `Plan ${k}`,
        type: 'double11',
        startDate: start,
        endDate: addDays(start, 90),
        peakDate: addDays(start, 60),
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    doc.tasks = Array.from({ length: 300 }, (_, i) => {
      const s = addDays(start, (i * 13) % 80);
      return taskSchema.parse({
        id: `${planId}-t${i}`,
        planId,
        title: `Task ${i}`,
        owner: spell(k * 300 + i),
        startDate: s,
        endDate: addDays(s, i % 15),
      });
    });
    docs.push(doc);
  }
  return { docs, people };
}

function timeMedian(run: () => void, runs = 11, warmUps = 3): number {
  for (let i = 0; i < warmUps; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return round(median(times), 2);
}

const suite: BenchSuite = () => {
  const { docs, people } = makeLibrary();
  const rows: BenchRow[] = [
    {
      name: 'people.workload.30x300',
      value: timeMedian(() => computeWorkload(docs, people)),
      unit: 'ms',
      budget: 100,
    },
    {
      name: 'people.matchOwners.30x300',
      value: timeMedian(() => collectOwnerNames(docs, indexRoster(people))),
      unit: 'ms',
      budget: 100,
    },
  ];
  return Promise.resolve(rows);
};

export default suite;
