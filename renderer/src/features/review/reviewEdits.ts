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
type IndicatorPatch = Parameters<typeof updateIndicator>[1];

/** An edit of one indicator's fields, named `label`. */
function indicatorEdit(id: string, label: (m: M) => string) {
  return edit<{ id: IndicatorId; patch: IndicatorPatch }>(id, label, (d, p) =>
    updateIndicator(p.id, p.patch)(d),
  );
}

type ReviewFields = Parameters<typeof setReviewFields>[0];

/** An edit of one of the review's own fields (how it scores, its summary, its baseline's name), named `label`. */
function reviewFieldEdit<K extends keyof ReviewFields>(id: string, key: K, label: (m: M) => string) {
  return edit<Required<ReviewFields>[K]>(id, label, (d, value) =>
    setReviewFields({ [key]: value } as ReviewFields)(d),
  );
}

/** Which before-the-campaign baseline the attainment table reads (docs/baselines.md). */
export const chooseAttainmentBaselineEdit = edit<string>(
  'review.attainmentBaseline',
  (m) => m.attainment.setCompareWith,
  (d, id) => chooseAttainmentBaseline(id)(d),
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
  (d, p) => addIndicator({ goalId: null, name: p.name })(d),
  { keywords: ['复盘', '评分', 'review', 'score', 'indicator'] },
);

export const renameIndicatorEdit = indicatorEdit('review.renameIndicator', (m) => m.score.indicator);
export const setIndicatorGoalEdit = indicatorEdit('review.setIndicatorGoal', (m) => m.score.goal);
export const setIndicatorWeightEdit = indicatorEdit('review.setIndicatorWeight', (m) => m.score.weight);
export const setMembershipEdit = indicatorEdit('review.setMembership', (m) => m.score.fuzzy);

export const removeIndicatorEdit = edit<IndicatorId>(
  'review.removeIndicator',
  (m) => m.score.remove,
  (d, id) => removeIndicator(id)(d),
);

export const setJudgementEdit = edit<{ row: number; column: number; value: number }>(
  'review.setJudgement',
  (m) => m.score.matrixTitle,
  (d, p) => setAhpJudgement(p.row, p.column, p.value)(d),
);

export const setGoalActualEdit = edit<{ goalId: GoalId; value: number | null }>(
  'review.setGoalActual',
  (m) => m.attainment.typedActual,
  (d, p) => setGoalActual(p.goalId, p.value)(d),
);

interface DaySlot {
  period: Period;
  date: string;
  channelId: ChannelId | null;
}

export const setActualEdit = edit<DaySlot & { key: ActualFigureKey; value: number | null }>(
  'review.setActual',
  (m, p) => `${m.tabs.actuals} ${p.date}`,
  (d, p) =>
    setActualFigures({ period: p.period, date: p.date, channelId: p.channelId }, { [p.key]: p.value })(d),
);

export const addActualDayEdit = edit<DaySlot>(
  'review.addActualDay',
  (m) => m.addDay,
  (d, slot) => setActualFigures(slot, {})(d),
);

export const removeActualDayEdit = edit<ActualId>(
  'review.removeActualDay',
  (m) => m.removeDay,
  (d, id) => removeActualDays([id])(d),
);

export const addLessonEdit = edit<{ kind: LessonKind; text: string }>(
  'review.addLesson',
  (m, p) => m.lessons[p.kind],
  (d, p) => addLesson(p)(d),
);

export const updateLessonEdit = edit<{
  id: LessonId;
  kind: LessonKind;
  patch: Parameters<typeof updateLesson>[1];
}>(
  'review.updateLesson',
  (m, p) => m.lessons[p.kind],
  (d, p) => updateLesson(p.id, p.patch)(d),
);

export const removeLessonEdit = edit<LessonId>(
  'review.removeLesson',
  (m) => m.lessons.remove,
  (d, id) => removeLesson(id)(d),
);

export const setThresholdEdit = coverageEdit<number | null>(
  'review.setCoverageThreshold',
  (m) => m.setThreshold,
  (d, share) => setCoverageThreshold(share === null ? null : Math.min(1, share))(d),
);

export const setFillEdit = coverageEdit<boolean>(
  'review.setFillWithPlanned',
  (m, isOn) => m.setFill(isOn),
  (d, isOn) => setFillMissingWithPlanned(isOn)(d),
);

export const importActualsEdit = edit<Parameters<typeof applyActualsImport>[1]>(
  'review.importActuals',
  (m) => m.importActuals,
  applyActualsImport,
);

type B = (typeof baselineMessages)['zh-CN'];
type BaselinePatch = Parameters<typeof updateNamedBaseline>[1];

/** A change of one named baseline's fields, named `label`. */
function baselineEdit(id: string, label: (m: B) => string) {
  return baselineEdits<{ id: string; patch: BaselinePatch }>(id, label, (d, p) =>
    updateNamedBaseline(p.id, p.patch)(d),
  );
}

export const renameBaselineEdit = baselineEdit('review.renameBaseline', (m) => m.rename);
export const setBaselineRangeEdit = baselineEdit('review.setBaselineRange', (m) => m.setRange);
export const setLongTailWeeksEdit = baselineEdit('review.setLongTailWeeks', (m) => m.setWeeks);
export const setLongTailCompareEdit = baselineEdit('review.setLongTailCompareWith', (m) => m.setCompareWith);
export const setLastYearSourceEdit = baselineEdit('review.setLastYearSource', (m) => m.setSource);

export const removeBaselineEdit = baselineEdits<string>(
  'review.removeBaseline',
  (m) => m.remove,
  (d, id) => removeNamedBaseline(id)(d),
);

export const addBaselineEdit = baselineEdits<Parameters<typeof addNamedBaseline>>(
  'review.addBaseline',
  (m, [kind]) => m.add[kind],
  (d, args) => addNamedBaseline(...args)(d),
  { keywords: ['基线', 'baseline', '同比', 'year over year', '长尾', 'long tail'] },
);
