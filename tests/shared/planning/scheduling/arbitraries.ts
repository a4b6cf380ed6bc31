import fc from 'fast-check';
import { addDays, type Task } from '../../../../shared/domain';
import { makeTask } from './makeTask';

const BASE = '2026-10-01';

export interface RandomEdge {
  from: number;
  to: number;
  type: 'FS' | 'SS';
  lagDays: number;
}

/**
 * A random loop-free schedule: tasks t0…tn-1 with random dates and durations, and links that
 * always go from a lower to a higher position in a random permutation (so no loop).
 */
export const randomDag = fc
  .integer({ min: 1, max: 25 })
  .chain((count) =>
    fc.record({
      tasks: fc.array(
        fc.record({
          offset: fc.integer({ min: 0, max: 40 }),
          duration: fc.integer({ min: 1, max: 6 }),
          isMilestone: fc.integer({ min: 0, max: 7 }).map((value) => value === 0),
        }),
        { minLength: count, maxLength: count },
      ),
      permutation: fc.shuffledSubarray(
        Array.from({ length: count }, (_, i) => i),
        { minLength: count, maxLength: count },
      ),
      edges: fc.array(
        fc.record({
          a: fc.nat({ max: count - 1 }),
          b: fc.nat({ max: count - 1 }),
          type: fc.constantFrom('FS' as const, 'SS' as const),
          lagDays: fc.integer({ min: -2, max: 3 }),
        }),
        { maxLength: count * 2 },
      ),
    }),
  )
  .map(({ tasks: specs, permutation, edges }) => {
    const rank = new Map(permutation.map((taskIndex, position) => [taskIndex, position]));
    const seen = new Set<string>();
    const dagEdges: RandomEdge[] = [];
    for (const edge of edges) {
      if (edge.a === edge.b) continue;
      const [from, to] =
        (rank.get(edge.a) ?? 0) < (rank.get(edge.b) ?? 0) ? [edge.a, edge.b] : [edge.b, edge.a];
      const key = `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      dagEdges.push({ from, to, type: edge.type, lagDays: edge.lagDays });
    }
    const tasks: Task[] = specs.map((spec, index) => {
      const start = addDays(BASE, spec.offset);
      const end = spec.isMilestone ? start : addDays(start, spec.duration - 1);
      return makeTask(`t${index}`, start, end, {
        isMilestone: spec.isMilestone,
        predecessors: dagEdges
          .filter((edge) => edge.to === index)
          .map((edge) => ({ taskId: `t${edge.from}` as Task['id'], type: edge.type, lagDays: edge.lagDays })),
      });
    });
    return { tasks, edges: dagEdges };
  });
