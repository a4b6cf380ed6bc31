import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDependency } from '../../../../shared/planning/scheduling/dependencies';
import {
  findCycle,
  successorsOf,
  topologicalOrder,
  wouldCreateCycle,
} from '../../../../shared/planning/scheduling/graph';
import type { Task, TaskId } from '../../../../shared/domain';
import { randomDag } from './arbitraries';
import { fs, id, makeTask } from './makeTask';

/** Rotates a loop so it starts with its smallest id, to compare loops found from any start. */
function canonical(loop: readonly TaskId[]): string[] {
  const smallest = loop.indexOf([...loop].sort()[0] as TaskId);
  return [...loop.slice(smallest), ...loop.slice(0, smallest)];
}

function hasEdge(tasks: readonly Task[], from: TaskId, to: TaskId): boolean {
  return tasks.some((task) => task.id === to && task.predecessors.some((d) => d.taskId === from));
}

const chain = [
  makeTask('A', '2026-10-01', '2026-10-02'),
  makeTask('B', '2026-10-03', '2026-10-04', { predecessors: [fs('A')] }),
  makeTask('C', '2026-10-05', '2026-10-06', { predecessors: [fs('B')] }),
];

describe('findCycle', () => {
  it('finds no loop in a chain', () => {
    expect(findCycle(chain)).toBeNull();
  });

  it('names the loop in the order work flows', () => {
    const looped = [
      makeTask('A', '2026-10-01', '2026-10-02', { predecessors: [fs('C')] }),
      makeTask('B', '2026-10-03', '2026-10-04', { predecessors: [fs('A')] }),
      makeTask('C', '2026-10-05', '2026-10-06', { predecessors: [fs('B')] }),
      makeTask('D', '2026-10-05', '2026-10-06', { predecessors: [fs('C')] }),
    ];
    expect(canonical(findCycle(looped) ?? [])).toEqual(['A', 'B', 'C']);
  });

  it('reports a task that depends on itself', () => {
    expect(findCycle([makeTask('A', '2026-10-01', '2026-10-01', { predecessors: [fs('A')] })])).toEqual([
      'A',
    ]);
  });

  it('ignores links to tasks that are not in the plan', () => {
    expect(findCycle([makeTask('A', '2026-10-01', '2026-10-01', { predecessors: [fs('gone')] })])).toBeNull();
  });
});

describe('wouldCreateCycle', () => {
  it('returns the loop the new link would close, starting with that link', () => {
    // Making C a predecessor of A closes C → A → B → C.
    expect(wouldCreateCycle(chain, id('A'), id('C'))).toEqual(['C', 'A', 'B']);
  });

  it('allows a link that only adds a shortcut', () => {
    expect(wouldCreateCycle(chain, id('C'), id('A'))).toBeNull();
  });

  it('refuses a self link', () => {
    expect(wouldCreateCycle(chain, id('B'), id('B'))).toEqual(['B']);
  });
});

describe('topologicalOrder and successorsOf', () => {
  it('puts predecessors first and keeps input order among independent tasks', () => {
    const tasks = [
      makeTask('C', '2026-10-05', '2026-10-06', { predecessors: [fs('B')] }),
      makeTask('X', '2026-10-01', '2026-10-01'),
      makeTask('B', '2026-10-03', '2026-10-04', { predecessors: [fs('A')] }),
      makeTask('A', '2026-10-01', '2026-10-02'),
    ];
    expect(topologicalOrder(tasks)).toEqual(['X', 'A', 'B', 'C']);
    expect(successorsOf(tasks)).toEqual(
      new Map([
        ['C', []],
        ['X', []],
        ['B', ['C']],
        ['A', ['B']],
      ]),
    );
  });

  it('still lists every task when there is a loop', () => {
    const looped = [
      makeTask('A', '2026-10-01', '2026-10-02', { predecessors: [fs('B')] }),
      makeTask('B', '2026-10-03', '2026-10-04', { predecessors: [fs('A')] }),
      makeTask('C', '2026-10-01', '2026-10-01'),
    ];
    expect(topologicalOrder(looped)).toEqual(['C', 'A', 'B']);
  });

  it('orders every random loop-free plan so each link goes forward', () => {
    fc.assert(
      fc.property(randomDag, ({ tasks, edges }) => {
        const order = topologicalOrder(tasks);
        expect(order).toHaveLength(tasks.length);
        const position = new Map(order.map((taskId, index) => [taskId, index]));
        for (const edge of edges) {
          expect(position.get(id(`t${edge.from}`))).toBeLessThan(position.get(id(`t${edge.to}`)) as number);
        }
        expect(findCycle(tasks)).toBeNull();
      }),
    );
  });
});

describe('loops are never accepted', () => {
  it('adding any extra link to a random plan either keeps it loop-free or is refused with a real loop', () => {
    fc.assert(
      fc.property(
        randomDag,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('FS' as const, 'SS' as const),
        ({ tasks }, a, b, type) => {
          const successorId = (tasks[a % tasks.length] as Task).id;
          const predecessorId = (tasks[b % tasks.length] as Task).id;
          const result = addDependency(tasks, successorId, { taskId: predecessorId, type, lagDays: 0 });
          if (result.ok) {
            expect(findCycle(result.tasks)).toBeNull();
            expect(hasEdge(result.tasks, predecessorId, successorId)).toBe(true);
            return;
          }
          // The refusal names a loop that the new link really closes.
          const loop = result.loop;
          expect(loop[0]).toBe(predecessorId);
          const withLink = tasks.map((task) =>
            task.id === successorId
              ? { ...task, predecessors: [...task.predecessors, { taskId: predecessorId, type, lagDays: 0 }] }
              : task,
          );
          for (let i = 0; i < loop.length; i++) {
            const from = loop[i] as TaskId;
            const to = loop[(i + 1) % loop.length] as TaskId;
            expect(hasEdge(withLink, from, to)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
