import { reidentifyDocument } from '../backup/backupFile';
import type { PlanDocument } from '../domain';

/**
 * A plan workbook imported as a new plan while its plan is already in the library (the planner
 * exported it and wants a copy): every record gets a new id, references follow, the name is
 * marked as a copy (made unique among `takenNames`), and the copy is dated `now`. The original,
 * in the library and in `doc`, is not touched.
 */
export function planCopy(
  doc: PlanDocument,
  options: { suffix: string; now: string; takenNames: readonly string[] },
): PlanDocument {
  const copy = reidentifyDocument(doc);
  const taken = new Set(options.takenNames);
  const base = `${doc.plan.name}${options.suffix}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  return {
    ...copy,
    plan: { ...copy.plan, name: name.slice(0, 200), createdAt: options.now, updatedAt: options.now },
  };
}
