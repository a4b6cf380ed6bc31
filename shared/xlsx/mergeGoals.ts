import { newId, type Goal, type GoalId, type PlanDocument } from '../domain';
import type { RowDiff } from './merge';

/** The fields a goals sheet gives; a matched goal takes these and keeps the rest (its id, order). */
const goalFields = [
  'metric',
  'unit',
  'customUnit',
  'target',
  'direction',
  'targetMax',
  'baseline',
  'baselinePeriod',
  'deadline',
  'owner',
  'rationale',
  'weight',
] as const satisfies readonly (keyof Goal)[];

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Goals of an imported sheet against the open plan's, matched by name (each plan goal once): a
 * match takes the sheet's values, the rest are added after the plan's goals.
 */
export function mergeGoals(current: PlanDocument, imported: PlanDocument): RowDiff<Goal> {
  const taken = new Set<string>();
  const diff: RowDiff<Goal> = { added: [], changed: [], unchanged: [] };
  imported.goals.forEach((g, i) => {
    const hit = current.goals.find((x) => !taken.has(x.id) && norm(x.title) === norm(g.title));
    if (!hit) {
      diff.added.push({
        ...g,
        id: newId<GoalId>(),
        planId: current.plan.id,
        order: current.goals.length + i,
      });
      return;
    }
    taken.add(hit.id);
    const after: Goal = { ...hit };
    const fields: string[] = [];
    for (const f of goalFields) {
      if (JSON.stringify(hit[f]) !== JSON.stringify(g[f])) {
        fields.push(f);
        (after as Record<string, unknown>)[f] = g[f];
      }
    }
    if (fields.length === 0) diff.unchanged.push(hit);
    else diff.changed.push({ before: hit, after, fields });
  });
  return diff;
}
