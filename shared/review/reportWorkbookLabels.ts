import type { ActualFigureKey, GoalDirection, GoalMetric, GoalUnit } from '../domain';
import type { AttainmentStatus } from './attainment';
import type { BaselineSheetLabels } from './baselinesSheet';
import type { fuzzyGrades } from './fuzzy';
import type { IncidentSheetLabels } from './incidentsSheet';

/** Every text of the review workbook, in the language it is written in (the renderer's messages). */
export interface ReviewWorkbookLabels {
  sheets: { data: string; attainment: string; score: string; incidents: string; baselines: string };
  plan: string;
  currency: string;
  exportedAt: string;
  period: string;
  periods: { campaign: string; baseline: string };
  channel: string;
  shop: string;
  date: string;
  total: string;
  figures: Record<ActualFigureKey, string>;
  conversion: string;
  aov: string;
  goal: string;
  metric: string;
  unit: string;
  /** Names of the goal metrics and units, as the goals screen shows them (not their keys). */
  metrics: Record<GoalMetric, string>;
  units: Record<GoalUnit, string>;
  direction: string;
  /** How each direction reads on the goals screen (越高越好（≥）…). */
  directions: Record<GoalDirection, string>;
  actual: string;
  target: string;
  /** The high end of a within-a-range goal. */
  targetMax: string;
  baseline: string;
  attainment: string;
  status: string;
  statuses: Record<Exclude<AttainmentStatus, 'unknown'>, string>;
  /** Share of the planned spend behind a spend-based actual that has actuals (docs/figures.md). */
  coverage: string;
  /** Written beside a provisional actual, and beside its score row (points × coverage). */
  provisional: string;
  /** The header over that remark. */
  note: string;
  indicator: string;
  weight: string;
  points: string;
  contribution: string;
  score: string;
  noScore: string;
  method: string;
  methodName: string;
  grades: Record<(typeof fuzzyGrades)[number], string>;
  fuzzy: string;
  /** The incidents sheet: incidents and acknowledged alerts, as the review's hours strip. */
  incidents: IncidentSheetLabels;
  /** The baselines sheet, written when the plan has named baselines. */
  baselines: BaselineSheetLabels;
}
