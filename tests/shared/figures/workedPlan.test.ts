import { describe, expect, it } from 'vitest';
import { computeFigures, figuresJson } from '../../../shared/figures';
import { expectedFromDoc, workedPlan, workedPlanEarly } from './workedPlan';

/**
 * docs/figures.md works one plan by hand; its "Expected values" table is the expected value here.
 * Every figure the engine gives for tests/fixtures/figures-plan.json must equal the doc's.
 */

function lookup(json: ReturnType<typeof figuresJson>, key: string): unknown {
  const [head, ...rest] = key.split('.');
  if (head === 'promotions') return json.promotions.find((p) => p.name === rest.join('.'))?.costMinor;
  if (key.startsWith('budget.byCategory.')) {
    const field = rest.at(-1) as 'plannedMinor' | 'actualMinor';
    const name = rest.slice(1, -1).join('.');
    return json.budget.byCategory.find((c) => c.name === name)?.[field];
  }
  if (key.startsWith('forecast.byPhase.'))
    return json.forecast.byPhase.find((p) => p.name === rest[1])?.gmvMinor;
  let v: unknown = json;
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return v;
}

function compare(actual: unknown, written: string, key: string) {
  if (written === 'true' || written === 'false') {
    expect(actual, key).toBe(written === 'true');
    return;
  }
  const value = Number(written);
  expect(typeof actual, `${key} is a number`).toBe('number');
  const decimals = written.includes('.') ? (written.split('.')[1]?.length ?? 0) : 0;
  if (Number.isInteger(value) && key.endsWith('Minor')) expect(actual, key).toBe(value);
  else
    expect(
      Math.abs((actual as number) - value),
      `${key}: ${String(actual)} vs ${written}`,
    ).toBeLessThanOrEqual(decimals === 0 ? 1e-9 : 0.5 * 10 ** -decimals + 1e-12);
}

describe('the worked plan of docs/figures.md', () => {
  const expected = expectedFromDoc();
  const full = figuresJson(computeFigures(workedPlan()));
  const early = figuresJson(computeFigures(workedPlanEarly()));
  const filled = figuresJson(computeFigures(workedPlanEarly(true)));

  it('reads a table of at least 30 hand-worked figures from the doc', () => {
    expect(expected.size).toBeGreaterThanOrEqual(30);
  });

  for (const [key, written] of expectedFromDoc()) {
    it(`${key} = ${written}`, () => {
      if (key.startsWith('partial.filled.'))
        compare(lookup(filled, key.slice('partial.filled.'.length)), written, key);
      else if (key.startsWith('partial.')) compare(lookup(early, key.slice('partial.'.length)), written, key);
      else compare(lookup(full, key), written, key);
    });
  }

  it('says why the early figures are provisional, in both languages', () => {
    const zh = figuresJson(computeFigures(workedPlanEarly()), 'zh').actual.provisionalReasons;
    expect(zh[0]).toBe('实际花费只录入了 2/7 项，计划 ¥5万 / ¥34万');
    const en = figuresJson(computeFigures(workedPlanEarly()), 'en').actual.provisionalReasons;
    expect(en[0]).toBe('Actual spend recorded on 2 of 7 lines, ¥50,000.00 of ¥340,000.00 planned');
  });
});
