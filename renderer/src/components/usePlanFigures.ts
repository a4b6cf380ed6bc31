import { useMemo } from 'react';
import { computeFigures } from '../../../shared/figures';
import { usePlanDoc } from '../state/planStore';

/**
 * The open plan as stored and every figure of it from the engine (shared/figures, docs/figures.md),
 * computed once per change of the plan: the one way a screen gets its figures (budget, forecast,
 * promotions, products, review). `figures.recomputed.doc` is the plan with the promotions' linked
 * budget lines brought up to date.
 */
export function usePlanFigures() {
  const stored = usePlanDoc();
  const figures = useMemo(() => computeFigures(stored), [stored]);
  return { stored, figures };
}
