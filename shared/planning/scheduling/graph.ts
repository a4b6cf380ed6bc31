import type { Task, TaskId } from '../../domain';

/**
 * The dependency graph of a plan. Edges run from a predecessor to its successor (the direction
 * work flows). Links to tasks that are not in the list are ignored, so a half-imported plan still
 * schedules. Every function here is O(V + E).
 */

type TaskLike = Pick<Task, 'id' | 'predecessors'>;

/** Successor lists of every task (an entry for each task, empty when it has none). */
export function successorsOf(tasks: readonly TaskLike[]): Map<TaskId, TaskId[]> {
  const successors = new Map<TaskId, TaskId[]>();
  for (const task of tasks) successors.set(task.id, []);
  for (const task of tasks) {
    for (const dependency of task.predecessors) {
      successors.get(dependency.taskId)?.push(task.id);
    }
  }
  return successors;
}

/** Where each id sits in the input list. */
export function indexTasks(tasks: readonly TaskLike[]): Map<TaskId, number> {
  const indexOf = new Map<TaskId, number>();
  tasks.forEach((task, index) => indexOf.set(task.id, index));
  return indexOf;
}

/**
 * Kahn's algorithm on input positions (typed arrays: this runs on every edit of a 2,000-task
 * plan). Ties keep the input order. Positions caught in or behind a loop come last, in input order.
 */
export function topologicalPositions(
  tasks: readonly TaskLike[],
  indexOf: ReadonlyMap<TaskId, number>,
): Int32Array {
  const count = tasks.length;
  const inDegree = new Int32Array(count);
  const outDegree = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    for (const dependency of (tasks[i] as TaskLike).predecessors) {
      const p = indexOf.get(dependency.taskId);
      if (p === undefined) continue;
      inDegree[i] = (inDegree[i] as number) + 1;
      outDegree[p + 1] = (outDegree[p + 1] as number) + 1;
    }
  }
  // Successors in compressed rows: those of position p are targets[offset[p] .. offset[p+1]).
  const offset = outDegree;
  for (let p = 0; p < count; p++) offset[p + 1] = (offset[p + 1] as number) + (offset[p] as number);
  const fill = offset.slice(0, count);
  const targets = new Int32Array(offset[count] as number);
  for (let i = 0; i < count; i++) {
    for (const dependency of (tasks[i] as TaskLike).predecessors) {
      const p = indexOf.get(dependency.taskId);
      if (p === undefined) continue;
      const at = fill[p] as number;
      targets[at] = i;
      fill[p] = at + 1;
    }
  }
  const order = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) if (inDegree[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const p = order[head] as number;
    for (let e = offset[p] as number; e < (offset[p + 1] as number); e++) {
      const s = targets[e] as number;
      const remaining = (inDegree[s] as number) - 1;
      inDegree[s] = remaining;
      if (remaining === 0) order[tail++] = s;
    }
  }
  if (tail < count) {
    const placed = new Uint8Array(count);
    for (let k = 0; k < tail; k++) placed[order[k] as number] = 1;
    for (let i = 0; i < count; i++) if (!placed[i]) order[tail++] = i;
  }
  return order;
}

/**
 * Tasks so that every predecessor comes before its successors (Kahn's algorithm). Ties keep the
 * input order, so the result is stable between renders. Tasks caught in a loop, or behind one,
 * cannot be ordered: they are appended in input order, so callers never crash on a bad document
 * (use `findCycle` to tell the user).
 */
export function topologicalOrder(tasks: readonly TaskLike[]): TaskId[] {
  const positions = topologicalPositions(tasks, indexTasks(tasks));
  return Array.from(positions, (position) => (tasks[position] as TaskLike).id);
}

/**
 * One dependency loop, as the ids in flow order: `[A, B, C]` means A → B → C → A (A must finish
 * before B, B before C, C before A). A task that depends on itself gives `[A]`. null when the plan
 * has no loop. Iterative depth-first search, so a long chain cannot overflow the stack.
 */
export function findCycle(tasks: readonly TaskLike[]): TaskId[] | null {
  const successors = successorsOf(tasks);
  const state = new Map<TaskId, 1 | 2>(); // 1 = on the current path, 2 = finished
  const parent = new Map<TaskId, TaskId>();
  for (const root of tasks) {
    if (state.has(root.id)) continue;
    const stack: { id: TaskId; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: TaskId; next: number };
      const list = successors.get(frame.id) ?? [];
      if (frame.next >= list.length) {
        state.set(frame.id, 2);
        stack.pop();
        continue;
      }
      const child = list[frame.next++] as TaskId;
      const childState = state.get(child);
      if (childState === 1) {
        const loop: TaskId[] = [frame.id];
        for (let at = frame.id; at !== child;) {
          at = parent.get(at) as TaskId;
          loop.push(at);
        }
        return loop.reverse();
      }
      if (childState === undefined) {
        state.set(child, 1);
        parent.set(child, frame.id);
        stack.push({ id: child, next: 0 });
      }
    }
  }
  return null;
}

/**
 * The loop that making `predecessorId` a predecessor of `successorId` would close, in flow order
 * starting with the new link: `[P, S, …]` means P → S → … → P. null when the link is safe.
 * A breadth-first search from the successor, so the loop named is one of the shortest.
 */
export function wouldCreateCycle(
  tasks: readonly TaskLike[],
  successorId: TaskId,
  predecessorId: TaskId,
): TaskId[] | null {
  if (successorId === predecessorId) return [successorId];
  const successors = successorsOf(tasks);
  const cameFrom = new Map<TaskId, TaskId | null>([[successorId, null]]);
  const queue: TaskId[] = [successorId];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] as TaskId;
    if (at === predecessorId) {
      const path: TaskId[] = [];
      for (let step: TaskId | null = at; step !== null; step = cameFrom.get(step) ?? null) path.push(step);
      // path is P … S backwards from P; the loop reads P → S → … → (back to P).
      path.reverse(); // S … P
      path.pop(); // drop P at the end
      return [predecessorId, ...path];
    }
    for (const next of successors.get(at) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * `id` and every task that follows it through any chain of links (the timeline's "select chain").
 * Depth-first with an explicit stack; each task is visited once, so a loop cannot trap it.
 */
export function successorChain(successors: ReadonlyMap<TaskId, readonly TaskId[]>, id: TaskId): Set<TaskId> {
  const chain = new Set<TaskId>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const next of successors.get(stack.pop() as TaskId) ?? []) {
      if (!chain.has(next)) {
        chain.add(next);
        stack.push(next);
      }
    }
  }
  return chain;
}
