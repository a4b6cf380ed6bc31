import { readFileSync } from 'node:fs';
import { backupFileSchema, planDocumentSchema, type PlanDocument } from '../shared/domain';

/** A plan from a backup file (the first, or the one with `planId`) or a single plan document; else why not. */
export function loadPlan(file: string, planId: string | null): PlanDocument | string {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `cannot read ${file}: ${(error as Error).message}`;
  }
  const backup = backupFileSchema.safeParse(raw);
  if (backup.success) {
    const doc = planId ? backup.data.plans.find((p) => p.plan.id === planId) : backup.data.plans[0];
    return doc ?? `${file} has no plan${planId ? ` with id ${planId}` : ''}`;
  }
  const single = planDocumentSchema.safeParse(raw);
  if (single.success) return single.data;
  const issue = backup.error.issues[0];
  return `${file} is not a Campaign Desk backup: ${issue?.path.join('.')} ${issue?.message}`;
}
