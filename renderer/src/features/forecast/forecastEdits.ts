import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import { applyWhatIf, setExpectedMarginRate } from '../../../../shared/budget/recipes';
import type { PhaseId } from '../../../../shared/domain';
import {
  resetDayShares,
  resetSalesCurve,
  setDayShares,
  setPhaseShares,
  type PhaseShareEdit,
} from '../../../../shared/figures/curveEdits';
import type { WhatIfOverride } from '../../../../shared/forecast/funnel';
import { defineEdit } from '../../state/editActions';
import { curveMessages } from './curveMessages';
import { forecastMessages } from './messages';

/** The forecast screen's edits (docs/architecture.md §5). */
type F = (typeof forecastMessages)['zh-CN'];
type C = (typeof curveMessages)['zh-CN'];

export const setMarginEdit = defineEdit<number | null, F>({
  id: 'forecast.setMargin',
  messages: forecastMessages,
  label: (m) => m.margin,
  recipe: (d, rate) => setExpectedMarginRate(d, rate === null ? null : Math.min(1, Math.max(0, rate))),
});

export const applyWhatIfEdit = defineEdit<readonly WhatIfOverride[], F>({
  id: 'forecast.applyWhatIf',
  messages: forecastMessages,
  label: (m) => m.applied,
  recipe: onSyncedLines(applyWhatIf),
});

export const setPhaseSharesEdit = defineEdit<readonly PhaseShareEdit[], C>({
  id: 'forecast.setPhaseShares',
  messages: curveMessages,
  label: (m) => m.applyPhases,
  recipe: setPhaseShares,
});

export const resetSalesCurveEdit = defineEdit<void, C>({
  id: 'forecast.resetSalesCurve',
  messages: curveMessages,
  label: (m) => m.resetAction,
  keywords: ['销售曲线', 'sales curve', '模板', 'template'],
  recipe: (d) => resetSalesCurve(d),
});

interface PhaseDays {
  phaseId: PhaseId;
  /** The phase's name, for the label. */
  phaseName: string;
}

export const setDaySharesEdit = defineEdit<PhaseDays & { shares: readonly number[] }, C>({
  id: 'forecast.setDayShares',
  messages: curveMessages,
  label: (m, p) => m.applyDays(p.phaseName),
  recipe: (d, p) => setDayShares(d, p.phaseId, p.shares),
});

export const resetDaySharesEdit = defineEdit<PhaseDays, C>({
  id: 'forecast.resetDayShares',
  messages: curveMessages,
  label: (m, p) => m.resetDaysLabel(p.phaseName),
  recipe: (d, p) => resetDayShares(d, p.phaseId),
});
