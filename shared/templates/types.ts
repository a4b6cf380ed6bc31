import type { LocalizedText } from '../i18n/locale';
import type {
  BudgetCategoryKey,
  ChannelKind,
  CurrencyCode,
  GoalMetric,
  GoalUnit,
  PhaseKind,
  PlanType,
  RiskKind,
  TimeOfDay,
  Workstream,
  checklistCategories,
  keyMomentKinds,
} from '../domain';

/**
 * A campaign template is data: everything is an offset in calendar days from the peak day
 * (negative = before the peak), so a planner picks the peak and the rest follows (逆向推导).
 * Nothing here is a number the planner must own (targets, baselines, amounts): those stay empty
 * and the SMART check tells the planner what is still missing.
 */

export type TemplateId = 'double11' | 'mid618' | 'blackFriday' | 'newYear' | 'newProduct' | 'memberDay';

export interface TemplateKeyMoment {
  kind: (typeof keyMomentKinds)[number];
  label: LocalizedText;
  offset: number;
  /** Local time of the platform's clock, `HH:mm`; null when the whole day counts. */
  time: TimeOfDay | null;
}

export interface TemplatePhase {
  key: string;
  kind: PhaseKind;
  name: LocalizedText;
  purpose: LocalizedText;
  color: string;
  startOffset: number;
  endOffset: number;
}

/**
 * FS: the successor starts no earlier than the day after the predecessor's end plus `lagDays`
 * (end dates are inclusive). SS: it starts no earlier than the predecessor's start plus `lagDays`.
 */
export interface TemplateDependency {
  key: string;
  type: 'FS' | 'SS';
  lagDays: number;
}

export interface TemplateTask {
  /** Stable across versions of the template, so tests and lessons can refer to a task. */
  key: string;
  title: LocalizedText;
  phaseKey: string;
  workstream: Workstream;
  /** A role, not a person: the planner assigns people. */
  ownerRole: LocalizedText;
  startOffset: number;
  endOffset: number;
  predecessors: TemplateDependency[];
  isMilestone: boolean;
  milestoneTime: TimeOfDay | null;
  notes: LocalizedText | null;
  channelKey: string | null;
}

export interface TemplateGoal {
  key: string;
  /** Specific: what is to be achieved, without a number (the planner sets target and baseline). */
  title: LocalizedText;
  metric: GoalMetric;
  unit: GoalUnit;
  baselinePeriod: LocalizedText;
  deadlineOffset: number;
  ownerRole: LocalizedText;
  /** Achievable / relevant: why this goal, and how to set its number. */
  rationale: LocalizedText;
  /** Suggested weight in the review score; a template's weights sum to 1. */
  weight: number;
}

export interface TemplateChannel {
  key: string;
  name: LocalizedText;
  kind: ChannelKind;
  notes: LocalizedText;
}

export interface TemplateRisk {
  key: string;
  description: LocalizedText;
  kind: RiskKind;
  /** 1 (very low) … 5 (very high). */
  likelihood: number;
  impact: number;
  ownerRole: LocalizedText;
  trigger: LocalizedText;
  mitigation: LocalizedText;
  contingency: LocalizedText;
}

export interface TemplateChecklistItem {
  key: string;
  title: LocalizedText;
  category: (typeof checklistCategories)[number];
  ownerRole: LocalizedText;
  dueOffset: number;
  notes: LocalizedText;
}

export interface CampaignTemplate {
  id: TemplateId;
  planType: PlanType;
  name: LocalizedText;
  description: LocalizedText;
  /** Plan span as offsets from the peak. */
  startOffset: number;
  endOffset: number;
  defaultPlatforms: string[];
  defaultCurrency: CurrencyCode;
  keyMoments: TemplateKeyMoment[];
  phases: TemplatePhase[];
  tasks: TemplateTask[];
  goals: TemplateGoal[];
  channels: TemplateChannel[];
  budgetCategories: BudgetCategoryKey[];
  risks: TemplateRisk[];
  checklist: TemplateChecklistItem[];
}
