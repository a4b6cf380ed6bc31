import { setCoverageThreshold, setFillMissingWithPlanned } from '../../../../shared/figures/actualsBasis';
import type { ActualId, GoalId, IndicatorId, Lesson, LessonId } from '../../../../shared/domain';
import {
  addIndicator,
  addLesson,
  applyActualsImport,
  removeActualDays,
  removeIndicator,
  removeLesson,
  setActualFigures,
  setAhpJudgement,
  setGoalActual,
  setReviewFields,
  updateIndicator,
  updateLesson,
  type DaySlot,
  type IndicatorPatch,
  type LessonPatch,
} from '../../../../shared/review/recipes';
import type { ActualFigureKey } from '../../../../shared/review/actualsTotals';
import {
  addNamedBaseline,
  chooseAttainmentBaseline,
  removeNamedBaseline,
  updateNamedBaseline,
  type BaselinePatch,
} from '../../../../shared/review/baselines';
import { planEditsOf } from '../../state/editActions';
import { baselineMessages } from './baselines/messages';
import { coverageMessages } from './coverageMessages';
import { messages, type ReviewMessages } from './messages';

/**
 * The review's edits (docs/architecture.md §5). The review's recipes in shared/review are still
 * curried (`(params) => (doc) => doc`); each action applies one to the document it is given.
 */
type M = ReviewMessages;
const edit = planEditsOf(messages);
const coverageEdit = planEditsOf(coverageMessages);
const baselineEdits = planEditsOf(baselineMessages);
type LessonKind = Lesson['kind'];

/** An edit of one indicator's fields, named `label`. */
function indicatorEdit(id: string, label: (m: M) => string) {
  return edit<{ id: IndicatorId; patch: IndicatorPatch }>(id, label, updateIndicator);
}

type ReviewFields = Parameters<typeof setReviewFields>[1];

/** An edit of one of the review's own fields (how it scores, its summary, its baseline's name), named `label`. */
function reviewFieldEdit<K extends keyof ReviewFields>(id: string, key: K, label: (m: M) => string) {
  return edit<Required<ReviewFields>[K]>(id, label, (d, value) =>
    setReviewFields(d, { [key]: value } as ReviewFields),
  );
}

/** Which before-the-campaign baseline the attainment table reads (docs/baselines.md). */
export const chooseAttainmentBaselineEdit = edit<string>(
  'review.attainmentBaseline',
  (m) => m.attainment.setCompareWith,
  chooseAttainmentBaseline,
);

export const setMethodEdit = reviewFieldEdit('review.setMethod', 'method', (m) => m.score.method);

export const setFuzzyEdit = reviewFieldEdit('review.setFuzzy', 'useFuzzy', (m) => m.score.fuzzy);

export const setSummaryEdit = reviewFieldEdit('review.setSummary', 'summary', (m) => m.report.summary);

export const setBaselineLabelEdit = reviewFieldEdit(
  'review.setBaselineLabel',
  'baselineLabel',
  (m) => m.baselineLabel,
);

export const addIndicatorEdit = edit<{ name: string }>(
  'review.addIndicator',
  (m) => m.score.addIndicator,
  (d, p) => addIndicator(d, { goalId: null, name: p.name }),
  { keywords: ['复盘', '评分', 'review', 'score', 'indicator'] },
);

export const renameIndicatorEdit = indicatorEdit('review.renameIndicator', (m) => m.score.indicator);
export const setIndicatorGoalEdit = indicatorEdit('review.setIndicatorGoal', (m) => m.score.goal);
export const setIndicatorWeightEdit = indicatorEdit('review.setIndicatorWeight', (m) => m.score.weight);
export const setMembershipEdit = indicatorEdit('review.setMembership', (m) => m.score.fuzzy);

export const removeIndicatorEdit = edit<IndicatorId>(
  'review.removeIndicator',
  (m) => m.score.remove,
  removeIndicator,
);

export const setJudgementEdit = edit<{ row: number; column: number; value: number }>(
  'review.setJudgement',
  (m) => m.score.matrixTitle,
  setAhpJudgement,
);

export const setGoalActualEdit = edit<{ goalId: GoalId; value: number | null }>(
  'review.setGoalActual',
  (m) => m.attainment.typedActual,
  setGoalActual,
);

export const setActualEdit = edit<DaySlot & { key: ActualFigureKey; value: number | null }>(
  'review.setActual',
  (m, p) => `${m.tabs.actuals} ${p.date}`,
  (d, p) =>
    setActualFigures(d, {
      slot: { period: p.period, date: p.date, channelId: p.channelId },
      figures: { [p.key]: p.value },
    }),
);

export const addActualDayEdit = edit<DaySlot>(
  'review.addActualDay',
  (m) => m.addDay,
  (d, slot) => setActualFigures(d, { slot, figures: {} }),
);

export const removeActualDayEdit = edit<ActualId>(
  'review.removeActualDay',
  (m) => m.removeDay,
  (d, id) => removeActualDays(d, [id]),
);

export const addLessonEdit = edit<{ kind: LessonKind; text: string }>(
  'review.addLesson',
  (m, p) => m.lessons[p.kind],
  addLesson,
);

export const updateLessonEdit = edit<{ id: LessonId; kind: LessonKind; patch: LessonPatch }>(
  'review.updateLesson',
  (m, p) => m.lessons[p.kind],
  updateLesson,
);

export const removeLessonEdit = edit<LessonId>('review.removeLesson', (m) => m.lessons.remove, removeLesson);

export const setThresholdEdit = coverageEdit<number | null>(
  'review.setCoverageThreshold',
  (m) => m.setThreshold,
  setCoverageThreshold,
);

export const setFillEdit = coverageEdit<boolean>(
  'review.setFillWithPlanned',
  (m, isOn) => m.setFill(isOn),
  setFillMissingWithPlanned,
);

export const importActualsEdit = edit<Parameters<typeof applyActualsImport>[1]>(
  'review.importActuals',
  (m) => m.importActuals,
  applyActualsImport,
);

type B = (typeof baselineMessages)['zh-CN'];

/** A change of one named baseline's fields, named `label`. */
function baselineEdit(id: string, label: (m: B) => string) {
  return baselineEdits<{ id: string; patch: BaselinePatch }>(id, label, updateNamedBaseline);
}

export const renameBaselineEdit = baselineEdit('review.renameBaseline', (m) => m.rename);
export const setBaselineRangeEdit = baselineEdit('review.setBaselineRange', (m) => m.setRange);
export const setLongTailWeeksEdit = baselineEdit('review.setLongTailWeeks', (m) => m.setWeeks);
export const setLongTailCompareEdit = baselineEdit('review.setLongTailCompareWith', (m) => m.setCompareWith);
export const setLastYearSourceEdit = baselineEdit('review.setLastYearSource', (m) => m.setSource);

export const removeBaselineEdit = baselineEdits<string>(
  'review.removeBaseline',
  (m) => m.remove,
  removeNamedBaseline,
);

export const addBaselineEdit = baselineEdits<Parameters<typeof addNamedBaseline>[1]>(
  'review.addBaseline',
  (m, { kind }) => m.add[kind],
  addNamedBaseline,
  { keywords: ['基线', 'baseline', '同比', 'year over year', '长尾', 'long tail'] },
);
