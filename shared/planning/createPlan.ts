import {
  addDays,
  defaultGoalDirection,
  emptyDocument,
  isValidIsoDate,
  newId,
  newPlan,
  newRecord,
  type ChannelId,
  type CurrencyCode,
  type IsoDate,
  type KeyMoment,
  type PhaseId,
  type PlanDocument,
  type PlanId,
  type PlanType,
  type TaskId,
} from '../domain';
import { getTemplate, templates } from '../templates';
import { textIn, type Locale, type LocalizedText } from '../i18n/locale';
import type { CampaignTemplate } from '../templates/types';

export interface CreateBlankPlanInput {
  name: string;
  type: PlanType;
  peakDate: IsoDate;
  currency?: CurrencyCode;
  locale: Locale;
  now: Date;
}

export interface CreatePlanFromTemplateInput {
  templateId: string;
  peakDate: IsoDate;
  /** Defaults to the template's name and the peak's year, e.g. "2026 双11 全周期大促". */
  name?: string;
  locale: Locale;
  now: Date;
}

/** A blank plan's span when no template of its type says otherwise: a month before, a week after. */
const BLANK_SPAN = { startOffset: -30, endOffset: 7 } as const;

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('Plan name: must not be empty.');
  if (trimmed.length > 200) throw new Error('Plan name: must be at most 200 characters.');
  return trimmed;
}

function requirePeakDate(peakDate: string): IsoDate {
  if (!isValidIsoDate(peakDate))
    throw new Error(`Peak date: "${peakDate}" is not a real date in YYYY-MM-DD form.`);
  return peakDate;
}

/** A plan with no content yet, spanning the usual window around its peak day. */
export function createBlankPlan(input: CreateBlankPlanInput): PlanDocument {
  const name = requireName(input.name);
  const peakDate = requirePeakDate(input.peakDate);
  const template = templateForType(input.type);
  const span = template ?? BLANK_SPAN;
  const stamp = input.now.toISOString();
  const peakMoment: KeyMoment = {
    id: newId(),
    kind: 'peak',
    label: textIn({ zh: '高峰日', en: 'Peak day' }, input.locale),
    date: peakDate,
    time: null,
  };
  return emptyDocument(
    newPlan({
      id: newId<PlanId>(),
      name,
      type: input.type,
      platforms: template ? [...template.defaultPlatforms] : [],
      currency: input.currency ?? template?.defaultCurrency ?? 'CNY',
      startDate: addDays(peakDate, span.startOffset),
      endDate: addDays(peakDate, span.endOffset),
      peakDate,
      keyMoments: [peakMoment],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
}

/** The built-in template of a plan type, whose span and platforms a blank plan borrows. */
function templateForType(type: PlanType): CampaignTemplate | undefined {
  return templates.find((t) => t.planType === type);
}

function defaultName(template: CampaignTemplate, peakDate: IsoDate, locale: Locale): string {
  const year = peakDate.slice(0, 4);
  return locale === 'zh-CN' ? `${year} ${template.name.zh}` : `${template.name.en} ${year}`;
}

/**
 * A plan filled in from a template: every offset becomes peak + offset, every record gets a fresh
 * id, predecessors point at the new task ids, and texts are in the chosen language. Targets,
 * baselines and amounts stay empty: they are the planner's numbers, not the template's.
 */
export function createPlanFromTemplate(input: CreatePlanFromTemplateInput): PlanDocument {
  const template = getTemplate(input.templateId);
  if (!template) throw new Error(`Template: unknown template id "${input.templateId}".`);
  const peakDate = requirePeakDate(input.peakDate);
  const { locale } = input;
  const name = requireName(input.name ?? defaultName(template, peakDate, locale));
  const text = (t: LocalizedText) => textIn(t, locale);
  const at = (offset: number) => addDays(peakDate, offset);

  const blank = createBlankPlan({
    name,
    type: template.planType,
    peakDate,
    currency: template.defaultCurrency,
    locale,
    now: input.now,
  });
  const planId = blank.plan.id;

  const phaseIds = new Map(template.phases.map((p) => [p.key, newId<PhaseId>()]));
  const taskIds = new Map(template.tasks.map((t) => [t.key, newId<TaskId>()]));
  const channelIds = new Map(template.channels.map((c) => [c.key, newId<ChannelId>()]));
  const lookup = <T>(ids: Map<string, T>, key: string, what: string): T => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Template ${template.id}: unknown ${what} key "${key}".`);
    return id;
  };

  return {
    ...blank,
    plan: {
      ...blank.plan,
      platforms: [...template.defaultPlatforms],
      startDate: at(template.startOffset),
      endDate: at(template.endOffset),
      keyMoments: template.keyMoments.map((m) => ({
        id: newId(),
        kind: m.kind,
        label: text(m.label),
        date: at(m.offset),
        time: m.time,
      })),
      templateId: template.id,
    },
    phases: template.phases.map((p, order) => ({
      id: lookup(phaseIds, p.key, 'phase'),
      planId,
      name: text(p.name),
      kind: p.kind,
      startDate: at(p.startOffset),
      endDate: at(p.endOffset),
      color: p.color,
      purpose: text(p.purpose),
      order,
    })),
    tasks: template.tasks.map((t, order) => ({
      id: lookup(taskIds, t.key, 'task'),
      planId,
      title: text(t.title),
      phaseId: lookup(phaseIds, t.phaseKey, 'phase'),
      workstream: t.workstream,
      owner: text(t.ownerRole),
      channelId: t.channelKey === null ? null : lookup(channelIds, t.channelKey, 'channel'),
      startDate: at(t.startOffset),
      endDate: at(t.endOffset),
      progress: 0,
      status: 'todo',
      predecessors: t.predecessors.map((d) => ({
        taskId: lookup(taskIds, d.key, 'predecessor task'),
        type: d.type,
        lagDays: d.lagDays,
      })),
      isMilestone: t.isMilestone,
      milestoneTime: t.milestoneTime,
      notes: t.notes === null ? '' : text(t.notes),
      checklist: [],
      order,
    })),
    goals: template.goals.map((g, order) =>
      newRecord('goals', planId, {
        title: text(g.title),
        metric: g.metric,
        unit: g.unit,
        direction: defaultGoalDirection(g.metric),
        baselinePeriod: text(g.baselinePeriod),
        deadline: at(g.deadlineOffset),
        owner: text(g.ownerRole),
        rationale: text(g.rationale),
        weight: g.weight,
        order,
      }),
    ),
    channels: template.channels.map((c, order) => ({
      id: lookup(channelIds, c.key, 'channel'),
      planId,
      name: text(c.name),
      kind: c.kind,
      expectedUv: null,
      ctr: null,
      cvr: null,
      aovMinor: null,
      plannedSpendMinor: null,
      notes: text(c.notes),
      order,
    })),
    budgetCategories: template.budgetCategories.map((key, order) =>
      newRecord('budgetCategories', planId, { key, order }),
    ),
    risks: template.risks.map((k, order) =>
      newRecord('risks', planId, {
        description: text(k.description),
        kind: k.kind,
        likelihood: k.likelihood,
        impact: k.impact,
        owner: text(k.ownerRole),
        trigger: text(k.trigger),
        mitigation: text(k.mitigation),
        contingency: text(k.contingency),
        order,
      }),
    ),
    checklist: template.checklist.map((c, order) =>
      newRecord('checklist', planId, {
        title: text(c.title),
        category: c.category,
        owner: text(c.ownerRole),
        dueDate: at(c.dueOffset),
        notes: text(c.notes),
        order,
      }),
    ),
    hourly: [],
    incidents: [],
    alertAcks: [],
    hourProfiles: [],
    alertRules: [],
  };
}
