import {
  diffDays,
  namedBaselineSchema,
  newId,
  type NamedBaseline,
  type NamedBaselineKind,
  type Plan,
  type PlanDocument,
} from '../domain';
import { reviewOf } from './recipes';

/**
 * The review's named baselines (docs/baselines.md): reading them from a document (older reviews
 * have none), the edits as recipes for planStore.commit, and the library plan offered as last
 * year's campaign.
 */

const noBaselines: readonly NamedBaseline[] = [];

/** The id of the before-baseline an older review's single baseline reads as. */
export const LEGACY_BEFORE_ID = 'before-campaign';

type BaselineSource = Pick<PlanDocument, 'review' | 'actuals' | 'plan'>;
const legacyLists = new WeakMap<BaselineSource, readonly NamedBaseline[]>();

/**
 * The plan's named baselines. A review stored before the list existed (or no review yet) whose
 * plan has days outside the campaign before its start reads as one before-baseline, no range,
 * named by the old baseline label — the single baseline it showed (docs/baselines.md).
 */
export function namedBaselinesOf(doc: BaselineSource): readonly NamedBaseline[] {
  const stored = doc.review?.baselines;
  if (stored) return stored;
  const hasDaysBefore = doc.actuals.some((a) => a.period === 'baseline' && a.date < doc.plan.startDate);
  if (!hasDaysBefore) return noBaselines;
  let legacy = legacyLists.get(doc);
  if (!legacy) {
    legacy = [
      {
        id: LEGACY_BEFORE_ID,
        kind: 'before',
        name: doc.review?.baselineLabel ?? '',
        from: null,
        to: null,
      },
    ];
    legacyLists.set(doc, legacy);
  }
  return legacy;
}

type BeforeBaseline = Extract<NamedBaseline, { kind: 'before' }>;

/** The before-baseline the attainment table reads: the chosen one, else the first; null when none. */
export function attainmentBaselineOf(doc: BaselineSource): BeforeBaseline | null {
  const befores = namedBaselinesOf(doc).filter((b): b is BeforeBaseline => b.kind === 'before');
  const chosen = doc.review?.attainmentBaselineId;
  return befores.find((b) => b.id === chosen) ?? befores[0] ?? null;
}

/** Whether a day outside the campaign belongs to the attainment table's baseline (its range applied). */
export function isAttainmentBaselineDay(doc: BaselineSource): (date: string) => boolean {
  const b = attainmentBaselineOf(doc);
  return (date) =>
    b !== null &&
    date < doc.plan.startDate &&
    (b.from === null || date >= b.from) &&
    (b.to === null || date <= b.to);
}

/** Chooses the before-baseline the attainment table reads (one undo step). */
export function chooseAttainmentBaseline(doc: PlanDocument, id: string): PlanDocument {
  return {
    ...doc,
    review: { ...reviewOf(doc), baselines: [...namedBaselinesOf(doc)], attainmentBaselineId: id },
  };
}

function withBaselines(
  doc: PlanDocument,
  change: (list: readonly NamedBaseline[]) => NamedBaseline[],
): PlanDocument {
  const review = reviewOf(doc);
  return { ...doc, review: { ...review, baselines: change(namedBaselinesOf(doc)) } };
}

/** Adds a baseline of a kind with its defaults (and, for last year, the plan to start from). */
export function addNamedBaseline(
  doc: PlanDocument,
  {
    kind,
    name,
    fields = {},
  }: { kind: NamedBaselineKind; name: string; fields?: Partial<Omit<NamedBaseline, 'id' | 'kind' | 'name'>> },
): PlanDocument {
  const baseline = namedBaselineSchema.parse({ ...fields, id: newId<string>(), kind, name });
  return withBaselines(doc, (list) => [...list, baseline]);
}

export type BaselinePatch =
  | Partial<Pick<Extract<NamedBaseline, { kind: 'before' }>, 'name' | 'from' | 'to'>>
  | Partial<Pick<Extract<NamedBaseline, { kind: 'lastYear' }>, 'name' | 'sourcePlanId'>>
  | Partial<Pick<Extract<NamedBaseline, { kind: 'longTail' }>, 'name' | 'weeks' | 'compareWithId'>>;

/** Changes fields of one baseline; fields its kind does not have are ignored. */
export function updateNamedBaseline(
  doc: PlanDocument,
  { id, patch }: { id: string; patch: BaselinePatch },
): PlanDocument {
  return withBaselines(doc, (list) =>
    list.map((b) => {
      if (b.id !== id) return b;
      const parsed = namedBaselineSchema.safeParse({ ...b, ...patch });
      return parsed.success ? parsed.data : b;
    }),
  );
}

/** Removes a baseline; a long tail compared with it goes back to the first before-baseline. */
export function removeNamedBaseline(doc: PlanDocument, id: string): PlanDocument {
  return withBaselines(doc, (list) =>
    list
      .filter((b) => b.id !== id)
      .map((b) => (b.kind === 'longTail' && b.compareWithId === id ? { ...b, compareWithId: null } : b)),
  );
}

/** The same month and day a year earlier (29 Feb → 28 Feb). */
export function sameDayLastYear(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeap ? '02-28' : monthDay}`;
}

/** Days within which an earlier plan's peak counts as "about a year earlier" for the default. */
const DEFAULT_WINDOW_DAYS = 60;

function isSameTemplate(a: Plan, b: Plan): boolean {
  return a.templateId !== null && b.templateId !== null ? a.templateId === b.templateId : a.type === b.type;
}

function sharesPlatform(a: Plan, b: Plan): boolean {
  if (a.platforms.length === 0 && b.platforms.length === 0) return true;
  return a.platforms.some((p) => b.platforms.includes(p));
}

export interface LastYearChoice {
  /** Every other plan with an earlier peak: same template and platform first, then by closeness. */
  candidates: Plan[];
  /** The plan preset when the baseline is added; null when none is about a year earlier. */
  preset: Plan | null;
}

/** The plans the last-year baseline can be taken from, and the default (docs/baselines.md). */
export function lastYearChoice(plan: Plan, library: readonly Plan[]): LastYearChoice {
  const target = sameDayLastYear(plan.peakDate);
  const ranked = library
    .filter((p) => p.id !== plan.id && p.deletedAt === null && p.peakDate < plan.peakDate)
    .map((p) => ({
      plan: p,
      isMatch: isSameTemplate(plan, p) && sharesPlatform(plan, p),
      distance: Math.abs(diffDays(target, p.peakDate)),
    }))
    .sort(
      (a, b) =>
        Number(b.isMatch) - Number(a.isMatch) ||
        a.distance - b.distance ||
        a.plan.name.localeCompare(b.plan.name),
    );
  const first = ranked[0];
  return {
    candidates: ranked.map((r) => r.plan),
    preset: first && first.isMatch && first.distance <= DEFAULT_WINDOW_DAYS ? first.plan : null,
  };
}
