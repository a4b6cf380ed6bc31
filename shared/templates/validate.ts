import type { LocalizedText } from '../i18n/locale';
import type { CampaignTemplate, TemplateTask } from './types';

export const MIN_TEMPLATE_TASKS = 25;
export const MAX_TEMPLATE_TASKS = 40;

/**
 * Everything that would make a template an unsound plan, as readable messages (empty = sound).
 * Run by the tests over every built-in template, so a typo in the data fails the build.
 */
export function templateProblems(template: CampaignTemplate): string[] {
  const problems: string[] = [];
  const where = (what: string) => `${template.id}: ${what}`;
  const inSpan = (offset: number) => offset >= template.startOffset && offset <= template.endOffset;

  if (template.startOffset > 0 || template.endOffset < 0)
    problems.push(where('the plan span must include the peak'));
  const n = template.tasks.length;
  if (n < MIN_TEMPLATE_TASKS || n > MAX_TEMPLATE_TASKS) {
    problems.push(where(`has ${n} tasks, expected ${MIN_TEMPLATE_TASKS}–${MAX_TEMPLATE_TASKS}`));
  }
  for (const [what, keys] of [
    ['phase', template.phases.map((p) => p.key)],
    ['task', template.tasks.map((t) => t.key)],
    ['goal', template.goals.map((g) => g.key)],
    ['channel', template.channels.map((c) => c.key)],
    ['risk', template.risks.map((r) => r.key)],
    ['checklist item', template.checklist.map((c) => c.key)],
    ['budget category', template.budgetCategories],
  ] as const) {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(where(`${what} key "${key}" is used twice`));
      seen.add(key);
    }
  }

  const phases = new Map(template.phases.map((p) => [p.key, p]));
  const tasks = new Map(template.tasks.map((t) => [t.key, t]));
  const channels = new Set(template.channels.map((c) => c.key));

  for (const p of template.phases) {
    if (p.startOffset > p.endOffset) problems.push(where(`phase "${p.key}" ends before it starts`));
    if (!inSpan(p.startOffset) || !inSpan(p.endOffset))
      problems.push(where(`phase "${p.key}" lies outside the plan span`));
  }
  for (const t of template.tasks)
    problems.push(...taskProblems(t, phases, tasks, channels, inSpan).map(where));
  problems.push(...cycleProblems(template.tasks).map(where));

  for (const m of template.keyMoments) {
    if (!inSpan(m.offset)) problems.push(where(`key moment "${m.kind}" lies outside the plan span`));
  }
  if (!template.keyMoments.some((m) => m.kind === 'peak' && m.offset === 0)) {
    problems.push(where('has no peak key moment on the peak day'));
  }
  for (const g of template.goals) {
    if (!inSpan(g.deadlineOffset)) problems.push(where(`goal "${g.key}" is due outside the plan span`));
  }
  const weights = template.goals.reduce((sum, g) => sum + g.weight, 0);
  if (Math.abs(weights - 1) > 1e-9) problems.push(where(`goal weights sum to ${weights}, expected 1`));
  for (const c of template.checklist) {
    if (!inSpan(c.dueOffset)) problems.push(where(`checklist item "${c.key}" is due outside the plan span`));
  }
  for (const r of template.risks) {
    for (const level of [r.likelihood, r.impact]) {
      if (!Number.isInteger(level) || level < 1 || level > 5)
        problems.push(where(`risk "${r.key}" rates outside 1–5`));
    }
  }
  for (const [path, text] of localizedTexts(template)) {
    if (text.zh.trim() === '' || text.en.trim() === '')
      problems.push(where(`${path} is empty in a language`));
  }
  return problems;
}

function taskProblems(
  t: TemplateTask,
  phases: Map<string, { startOffset: number; endOffset: number }>,
  tasks: Map<string, TemplateTask>,
  channels: Set<string>,
  inSpan: (offset: number) => boolean,
): string[] {
  const out: string[] = [];
  const phase = phases.get(t.phaseKey);
  if (!phase) out.push(`task "${t.key}" names an unknown phase "${t.phaseKey}"`);
  else if (t.startOffset < phase.startOffset || t.startOffset > phase.endOffset) {
    out.push(`task "${t.key}" starts outside its phase "${t.phaseKey}"`);
  }
  if (t.startOffset > t.endOffset) out.push(`task "${t.key}" ends before it starts`);
  if (!inSpan(t.startOffset) || !inSpan(t.endOffset)) out.push(`task "${t.key}" lies outside the plan span`);
  if (t.isMilestone && t.startOffset !== t.endOffset) out.push(`milestone "${t.key}" lasts more than a day`);
  if (!t.isMilestone && t.milestoneTime !== null)
    out.push(`task "${t.key}" has a time but is not a milestone`);
  if (t.channelKey !== null && !channels.has(t.channelKey))
    out.push(`task "${t.key}" names an unknown channel`);
  for (const d of t.predecessors) {
    const before = tasks.get(d.key);
    if (!before) {
      out.push(`task "${t.key}" depends on an unknown task "${d.key}"`);
      continue;
    }
    const earliest = d.type === 'FS' ? before.endOffset + 1 + d.lagDays : before.startOffset + d.lagDays;
    if (t.startOffset < earliest) {
      out.push(
        `task "${t.key}" starts at ${t.startOffset}, before its ${d.type} predecessor "${d.key}" allows (${earliest})`,
      );
    }
  }
  return out;
}

/** Depth-first search for a dependency loop; reports each task found on one. */
function cycleProblems(tasks: readonly TemplateTask[]): string[] {
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  const state = new Map<string, 'visiting' | 'done'>();
  const out: string[] = [];
  const visit = (key: string, path: string[]): void => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      out.push(`dependency cycle: ${[...path.slice(path.indexOf(key)), key].join(' → ')}`);
      return;
    }
    state.set(key, 'visiting');
    for (const d of byKey.get(key)?.predecessors ?? []) if (byKey.has(d.key)) visit(d.key, [...path, key]);
    state.set(key, 'done');
  };
  for (const t of tasks) visit(t.key, []);
  return out;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).zh === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

/** Every `{ zh, en }` text in the template with a path for the message. */
function localizedTexts(value: unknown, path = ''): [string, LocalizedText][] {
  if (isLocalizedText(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
  }
  return [];
}
