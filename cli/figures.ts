import { minorToDecimalString, currencyMinorDigits } from '../shared/budget/money';
import { computeFigures, figuresJson } from '../shared/figures';
import { flag, planOfArgs } from './args';

/**
 * `cli figures <plan.json> [--plan-id ID] [--lang zh|en] [--json]`: the figures engine's output for
 * a plan (docs/figures.md "cli figures"). Exit 0 when printed; 2 when the file cannot be read, holds
 * no such plan, or the usage is wrong.
 */

const USAGE = 'usage: cli figures <plan.json> [--plan-id <id>] [--lang zh|en] [--json]';

function pct(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function runFigures(args: string[]): number {
  const file = args[0];
  if (!file || file.startsWith('--')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const doc = planOfArgs(file, args);
  if (!doc) return 2;
  const json = figuresJson(computeFigures(doc), flag(args, '--lang') === 'en' ? 'en' : 'zh');
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const { budget, forecast, actual } = json;
  const digits = currencyMinorDigits(json.plan.currency);
  const yuan = (minor: number | null): string => (minor === null ? '—' : minorToDecimalString(minor, digits));
  const lines = [
    `${json.plan.name} (${json.plan.currency}, major units)`,
    `budget   planned ${yuan(budget.plannedMinor)}  committed ${yuan(budget.committedMinor)}  actual ${yuan(budget.actualMinor)}  variance ${yuan(budget.varianceMinor)}  coverage ${pct(budget.actualCoverage)}`,
    `forecast GMV ${yuan(forecast.gmvMinor)}  让利 ${yuan(forecast.discountMinor)}  COGS ${yuan(forecast.cogsMinor)}  gross profit ${yuan(forecast.grossProfitMinor)}  profit ROI ${pct(forecast.profitRoi)}  投产比 ${forecast.roas === null ? '—' : forecast.roas.toFixed(2)}`,
    `actual   GMV ${yuan(actual.gmvMinor)}  COGS ${yuan(actual.cogsMinor)}  gross profit ${yuan(actual.grossProfitMinor)}  profit ROI ${pct(actual.profitRoi)}  投产比 ${actual.roas === null ? '—' : actual.roas.toFixed(2)}${actual.provisional ? '  (provisional)' : ''}`,
    ...actual.provisionalReasons.map((r) => `         ${r}`),
    `score    ${json.score.total === null ? '—' : json.score.total.toFixed(2)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
