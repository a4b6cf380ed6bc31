import { setCoverageThreshold, setFillMissingWithPlanned } from '../../../../shared/figures/actualsBasis';
import type { ActualId, ChannelId, GoalId, IndicatorId, Lesson, LessonId } from '../../../../shared/domain';
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
} from '../../../../shared/review/recipes';
import type { ActualFigureKey, Period } from '../../../../shared/review/actualsTotals';
import {
  addNamedBaseline,
  chooseAttainmentBaseline,
  removeNamedBaseline,
  updateNamedBaseline,
} from '../../../../shared/review/baselines';
import { defineEdit } from '../../state/editActions';
import { baselineMessages } from './baselines/messages';
import { coverageMessages, type CoverageMessages } from './coverageMessages';
import { messages, type ReviewMessages } from './messages';

/**
 * The review's edits (docs/architecture.md §5). The review's recipes in shared/review are still
 * curried (`(params) => (doc) => doc`); each action applies one to the document it is given.
 */
type M = ReviewMessages;
type LessonKind = Lesson['kind'];
type IndicatorPatch = Parameters<typeof updateIndicator>[1];

/** An edit of one indicator's fields, named `label`. */
function indicatorEdit(id: string, label: (m: M) => string) {
  return defineEdit<{ id: IndicatorId; patch: IndicatorPatch }, M>({
    id,
    messages,
    label,
    recipe: (d, p) => updateIndicator(p.id, p.patch)(d),
  });
}

/** Which before-the-campaign baseline the attainment table reads (docs/baselines.md). */
export const chooseAttainmentBaselineEdit = defineEdit<string, M>({
  id: 'review.attainmentBaseline',
  messages,
  label: (m) => m.attainment.setCompareWith,
  recipe: (d, id) => chooseAttainmentBaseline(id)(d),
});

export const setMethodEdit = defineEdit<'direct' | 'ahp', M>({
  id: 'review.setMethod',
  messages,
  label: (m) => m.score.method,
  recipe: (d, method) => setReviewFields({ method })(d),
});

export const setFuzzyEdit = defineEdit<boolean, M>({
  id: 'review.setFuzzy',
  messages,
  label: (m) => m.score.fuzzy,
  recipe: (d, useFuzzy) => setReviewFields({ useFuzzy })(d),
});

export const setSummaryEdit = defineEdit<string, M>({
  id: 'review.setSummary',
  messages,
  label: (m) => m.report.summary,
  recipe: (d, summary) => setReviewFields({ summary })(d),
});

export const setBaselineLabelEdit = defineEdit<string, M>({
  id: 'review.setBaselineLabel',
  messages,
  label: (m) => m.baselineLabel,
  recipe: (d, baselineLabel) => setReviewFields({ baselineLabel })(d),
});

export const addIndicatorEdit = defineEdit<{ name: string }, M>({
  id: 'review.addIndicator',
  messages,
  label: (m) => m.score.addIndicator,
  keywords: ['复盘', '评分', 'review', 'score', 'indicator'],
  recipe: (d, p) => addIndicator({ goalId: null, name: p.name })(d),
});

export const renameIndicatorEdit = indicatorEdit('review.renameIndicator', (m) => m.score.indicator);
export const setIndicatorGoalEdit = indicatorEdit('review.setIndicatorGoal', (m) => m.score.goal);
export const setIndicatorWeightEdit = indicatorEdit('review.setIndicatorWeight', (m) => m.score.weight);
export const setMembershipEdit = indicatorEdit('review.setMembership', (m) => m.score.fuzzy);

export const removeIndicatorEdit = defineEdit<IndicatorId, M>({
  id: 'review.removeIndicator',
  messages,
  label: (m) => m.score.remove,
  recipe: (d, id) => removeIndicator(id)(d),
});

export const setJudgementEdit = defineEdit<{ row: number; column: number; value: number }, M>({
  id: 'review.setJudgement',
  messages,
  label: (m) => m.score.matrixTitle,
  recipe: (d, p) => setAhpJudgement(p.row, p.column, p.value)(d),
});

export const setGoalActualEdit = defineEdit<{ goalId: GoalId; value: number | null }, M>({
  id: 'review.setGoalActual',
  messages,
  label: (m) => m.attainment.typedActual,
  recipe: (d, p) => setGoalActual(p.goalId, p.value)(d),
});

interface DaySlot {
  period: Period;
  date: string;
  channelId: ChannelId | null;
}

export const setActualEdit = defineEdit<DaySlot & { key: ActualFigureKey; value: number | null }, M>({
  id: 'review.setActual',
  messages,
  label: (m, p) => `${m.tabs.actuals} ${p.date}`,
  recipe: (d, p) =>
    setActualFigures({ period: p.period, date: p.date, channelId: p.channelId }, { [p.key]: p.value })(d),
});

export const addActualDayEdit = defineEdit<DaySlot, M>({
  id: 'review.addActualDay',
  messages,
  label: (m) => m.addDay,
  recipe: (d, slot) => setActualFigures(slot, {})(d),
});

export const removeActualDayEdit = defineEdit<ActualId, M>({
  id: 'review.removeActualDay',
  messages,
  label: (m) => m.removeDay,
  recipe: (d, id) => removeActualDays([id])(d),
});

export const addLessonEdit = defineEdit<{ kind: LessonKind; text: string }, M>({
  id: 'review.addLesson',
  messages,
  label: (m, p) => m.lessons[p.kind],
  recipe: (d, p) => addLesson(p)(d),
});

export const updateLessonEdit = defineEdit<
  { id: LessonId; kind: LessonKind; patch: Parameters<typeof updateLesson>[1] },
  M
>({
  id: 'review.updateLesson',
  messages,
  label: (m, p) => m.lessons[p.kind],
  recipe: (d, p) => updateLesson(p.id, p.patch)(d),
});

export const removeLessonEdit = defineEdit<LessonId, M>({
  id: 'review.removeLesson',
  messages,
  label: (m) => m.lessons.remove,
  recipe: (d, id) => removeLesson(id)(d),
});

export const setThresholdEdit = defineEdit<number | null, CoverageMessages>({
  id: 'review.setCoverageThreshold',
  messages: coverageMessages,
  label: (m) => m.setThreshold,
  recipe: (d, share) => setCoverageThreshold(share === null ? null : Math.min(1, share))(d),
});

export const setFillEdit = defineEdit<boolean, CoverageMessages>({
  id: 'review.setFillWithPlanned',
  messages: coverageMessages,
  label: (m, isOn) => m.setFill(isOn),
  recipe: (d, isOn) => setFillMissingWithPlanned(isOn)(d),
});

export const importActualsEdit = defineEdit<Parameters<typeof applyActualsImport>[1], M>({
  id: 'review.importActuals',
  messages,
  label: (m) => m.importActuals,
  recipe: applyActualsImport,
});

type B = (typeof baselineMessages)['zh-CN'];
type BaselinePatch = Parameters<typeof updateNamedBaseline>[1];

/** A change of one named baseline's fields, named `label`. */
function baselineEdit(id: string, label: (m: B) => string) {
  return defineEdit<{ id: string; patch: BaselinePatch }, B>({
    id,
    messages: baselineMessages,
    label,
    recipe: (d, p) => updateNamedBaseline(p.id, p.patch)(d),
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
  recipe: (d, id) => removeNamedBaseline(id)(d),
});

export const addBaselineEdit = defineEdit<Parameters<typeof addNamedBaseline>, B>({
  id: 'review.addBaseline',
  messages: baselineMessages,
  label: (m, [kind]) => m.add[kind],
  keywords: ['基线', 'baseline', '同比', 'year over year', '长尾', 'long tail'],
  recipe: (d, args) => addNamedBaseline(...args)(d),
});
