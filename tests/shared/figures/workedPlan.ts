import { readFileSync } from 'node:fs';
import { backupFileSchema, type PlanDocument } from '../../../shared/domain';

/** The worked plan of docs/figures.md, read as the app would read a backup. */
export function workedPlan(): PlanDocument {
  const raw: unknown = JSON.parse(readFileSync('tests/fixtures/figures-plan.json', 'utf8'));
  const doc = backupFileSchema.parse(raw).plans[0];
  if (!doc) throw new Error('tests/fixtures/figures-plan.json has no plan');
  return doc;
}

/** The plan early in the week: only lines l1 and l6 have actuals (docs/figures.md). */
export function workedPlanEarly(fill = false): PlanDocument {
  const doc = workedPlan();
  return {
    ...doc,
    plan: { ...doc.plan, fillMissingActualsWithPlanned: fill },
    budgetLines: doc.budgetLines.map((l) =>
      l.id === 'l1' || l.id === 'l6' ? l : { ...l, actualMinor: null },
    ),
  };
}

/** The "Expected values" table of docs/figures.md: key → value as written there. */
export function expectedFromDoc(): Map<string, string> {
  const text = readFileSync('docs/figures.md', 'utf8');
  const begin = text.indexOf('<!-- figures-expected:begin -->');
  const end = text.indexOf('<!-- figures-expected:end -->');
  if (begin < 0 || end < begin) throw new Error('docs/figures.md has no expected-values table');
  const rows = new Map<string, string>();
  for (const line of text.slice(begin, end).split('\n')) {
    const m = /^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|$/.exec(line.trim());
    if (!m || m[1] === 'key' || /^-+$/.test(m[1] ?? '')) continue;
    rows.set(m[1] as string, m[2] as string);
  }
  return rows;
}
