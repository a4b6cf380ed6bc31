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
import { defineEdit } from '../../state/editActions';
import { baselineMessages } from './baselines/messages';
import { coverageMessages, type CoverageMessages } from './coverageMessages';
import { messages, type ReviewMessages } from './messages';

/** The review's edits (docs/architecture.md §5), over the pure `(doc, params) => doc` recipes of shared/review. */
type M = ReviewMessages;
type LessonKind = Lesson['kind'];

/** An edit of one indicator's fields, named `label`. */
function indicatorEdit(id: string, label: (m: M) => string) {
  return defineEdit<{ id: IndicatorId; patch: IndicatorPatch }, M>({
    id,
    messages,
    label,
    recipe: updateIndicator,
  });
}

/** Which before-the-campaign baseline the attainment table reads (docs/baselines.md). */
export const chooseAttainmentBaselineEdit = defineEdit<string, M>({
  id: 'review.attainmentBaseline',
  messages,
  label: (m) => m.attainment.setCompareWith,
  recipe: chooseAttainmentBaseline,
});

export const setMethodEdit = defineEdit<'direct' | 'ahp', M>({
  id: 'review.setMethod',
  messages,
  label: (m) => m.score.method,
  recipe: (d, method) => setReviewFields(d, { method }),
});

export const setFuzzyEdit = defineEdit<boolean, M>({
  id: 'review.setFuzzy',
  messages,
  label: (m) => m.score.fuzzy,
  recipe: (d, useFuzzy) => setReviewFields(d, { useFuzzy }),
});

export const setSummaryEdit = defineEdit<string, M>({
  id: 'review.setSummary',
  messages,
  label: (m) => m.report.summary,
  recipe: (d, summary) => setReviewFields(d, { summary }),
});

export const setBaselineLabelEdit = defineEdit<string, M>({
  id: 'review.setBaselineLabel',
  messages,
  label: (m) => m.baselineLabel,
  recipe: (d, baselineLabel) => setReviewFields(d, { baselineLabel }),
});

export const addIndicatorEdit = defineEdit<{ name: string }, M>({
  id: 'review.addIndicator',
  messages,
  label: (m) => m.score.addIndicator,
  keywords: ['复盘', '评分', 'review', 'score', 'indicator'],
  recipe: (d, p) => addIndicator(d, { goalId: null, name: p.name }),
});

export const renameIndicatorEdit = indicatorEdit('review.renameIndicator', (m) => m.score.indicator);
export const setIndicatorGoalEdit = indicatorEdit('review.setIndicatorGoal', (m) => m.score.goal);
export const setIndicatorWeightEdit = indicatorEdit('review.setIndicatorWeight', (m) => m.score.weight);
export const setMembershipEdit = indicatorEdit('review.setMembership', (m) => m.score.fuzzy);

export const removeIndicatorEdit = defineEdit<IndicatorId, M>({
  id: 'review.removeIndicator',
  messages,
  label: (m) => m.score.remove,
  recipe: removeIndicator,
});

export const setJudgementEdit = defineEdit<{ row: number; column: number; value: number }, M>({
  id: 'review.setJudgement',
  messages,
  label: (m) => m.score.matrixTitle,
  recipe: setAhpJudgement,
});

export const setGoalActualEdit = defineEdit<{ goalId: GoalId; value: number | null }, M>({
  id: 'review.setGoalActual',
  messages,
  label: (m) => m.attainment.typedActual,
  recipe: setGoalActual,
});

export const setActualEdit = defineEdit<DaySlot & { key: ActualFigureKey; value: number | null }, M>({
  id: 'review.setActual',
  messages,
  label: (m, p) => `${m.tabs.actuals} ${p.date}`,
  recipe: (d, p) =>
    setActualFigures(d, {
      slot: { period: p.period, date: p.date, channelId: p.channelId },
      figures: { [p.key]: p.value },
    }),
});

export const addActualDayEdit = defineEdit<DaySlot, M>({
  id: 'review.addActualDay',
  messages,
  label: (m) => m.addDay,
  recipe: (d, slot) => setActualFigures(d, { slot, figures: {} }),
});

export const removeActualDayEdit = defineEdit<ActualId, M>({
  id: 'review.removeActualDay',
  messages,
  label: (m) => m.removeDay,
  recipe: (d, id) => removeActualDays(d, [id]),
});

export const addLessonEdit = defineEdit<{ kind: LessonKind; text: string }, M>({
  id: 'review.addLesson',
  messages,
  label: (m, p) => m.lessons[p.kind],
  recipe: addLesson,
});

export const updateLessonEdit = defineEdit<{ id: LessonId; kind: LessonKind; patch: LessonPatch }, M>({
  id: 'review.updateLesson',
  messages,
  label: (m, p) => m.lessons[p.kind],
  recipe: updateLesson,
});

export const removeLessonEdit = defineEdit<LessonId, M>({
  id: 'review.removeLesson',
  messages,
  label: (m) => m.lessons.remove,
  recipe: removeLesson,
});

export const setThresholdEdit = defineEdit<number | null, CoverageMessages>({
  id: 'review.setCoverageThreshold',
  messages: coverageMessages,
  label: (m) => m.setThreshold,
  recipe: setCoverageThreshold,
});

export const setFillEdit = defineEdit<boolean, CoverageMessages>({
  id: 'review.setFillWithPlanned',
  messages: coverageMessages,
  label: (m, isOn) => m.setFill(isOn),
  recipe: setFillMissingWithPlanned,
});

export const importActualsEdit = defineEdit<Parameters<typeof applyActualsImport>[1], M>({
  id: 'review.importActuals',
  messages,
  label: (m) => m.importActuals,
  recipe: applyActualsImport,
});

type B = (typeof baselineMessages)['zh-CN'];

/** A change of one named baseline's fields, named `label`. */
function baselineEdit(id: string, label: (m: B) => string) {
  return defineEdit<{ id: string; patch: BaselinePatch }, B>({
    id,
    messages: baselineMessages,
    label,
    recipe: updateNamedBaseline,
  });
}

export const renameBaselineEdit = baselineEdit('review.renameBaseline', (m) => m.rename);
export const setBaselineRangeEdit = baselineEdit('review.setBaselineRange', (m) => m.setRange);
export const setLongTailWeeksEdit = baselineEdit('review.setLongTailWeeks', (m) => m.setWeeks);
export const setLongTailCompareEdit = baselineEdit('review.setLongTailCompareWith', (m) => m.setCompareWith);
export const setLastYearSourceEdit = baselineEdit('review.setLastYearSource', (m) => m.setSource);

export const removeBaselineEdit = defineEdit<string, B>({
  id: 'review.removeBaseline',
  messages: baselineMessages,
  label: (m) => m.remove,
  recipe: removeNamedBaseline,
});

export const addBaselineEdit = defineEdit<Parameters<typeof addNamedBaseline>[1], B>({
  id: 'review.addBaseline',
  messages: baselineMessages,
  label: (m, { kind }) => m.add[kind],
  keywords: ['基线', 'baseline', '同比', 'year over year', '长尾', 'long tail'],
  recipe: addNamedBaseline,
});
