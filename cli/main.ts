import { writeFileSync } from 'node:fs';
import { BACKUP_FORMAT, DATA_VERSION, type BackupFile } from '../shared/domain';
import {
  exportBudgetWorkbook,
  exportPlanWorkbook,
  exportScheduleWorkbook,
  hasErrors,
  importFile,
  type ImportKindOption,
  type ImportProblem,
  type Language,
} from '../shared/xlsx';
import { runFigures } from './figures';
import { describeProblem } from './describeProblem';
import { flag, planOfArgs, readDataFile } from './args';
import { PACE_USAGE, runPace } from './pace';

/**
 * Headless import and export with the same shared/ code the app runs.
 *   npm run --silent cli -- import <file> [--kind schedule|budget|products|goals|actuals|plan|auto] [--date-order md|dm] --json
 *   npm run --silent cli -- export <plan.json> [--budget out.xlsx] [--schedule out.xlsx] [--plan out.xlsx] [--lang zh|en]
 *   npm run --silent cli -- figures <plan.json> [--plan-id ID] --json   (docs/figures.md)
 * Exit codes: 0 clean, 1 problems found, 2 the file cannot be read (or bad usage).
 */

const USAGE = `usage:
  cli import <file.xlsx|.xls|.csv|.txt> [--kind schedule|budget|products|goals|actuals|plan|auto] [--sheet <name>] [--header-row <n>] [--date-order md|dm] [--json]
  cli export <plan.json> [--budget <out.xlsx>] [--schedule <out.xlsx>] [--plan <out.xlsx>] [--lang zh|en] [--plan-id <id>]
  cli figures <plan.json> [--plan-id <id>] [--lang zh|en] [--json]
  ${PACE_USAGE}`;

const APP_VERSION = '0.1.0';

function runImport(args: string[]): number {
  const file = args[0];
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const kind = (flag(args, '--kind') ?? 'auto') as ImportKindOption;
  if (!['schedule', 'budget', 'products', 'goals', 'actuals', 'plan', 'auto'].includes(kind)) {
    process.stderr.write(`unknown --kind ${kind}\n${USAGE}\n`);
    return 2;
  }
  const data = readDataFile(file);
  if (!data.ok) {
    process.stderr.write(`${data.message}\n`);
    return 2;
  }
  const { bytes, fileName } = data;
  // --sheet / --header-row: what the mapping screen's sheet and header-row pickers choose.
  const sheet = flag(args, '--sheet');
  const headerRowText = flag(args, '--header-row');
  const headerRow = headerRowText === null ? null : Number(headerRowText) - 1;
  if (headerRow !== null && !(Number.isInteger(headerRow) && headerRow >= 0)) {
    process.stderr.write(`--header-row must be a row number from 1\n${USAGE}\n`);
    return 2;
  }
  const pick = sheet !== null ? { sheet, headerRow } : null;
  const result = importFile(bytes, { kind, pick, context: { fileName } });
  const order = flag(args, '--date-order');
  let value = result.value;
  let problems = result.problems;
  if (value?.mapping && (order === 'md' || order === 'dm')) {
    const again = importFile(bytes, {
      kind,
      mapping: { ...value.mapping, dateOrder: order },
      context: { fileName },
    });
    value = again.value;
    problems = again.problems;
  }
  const json = args.includes('--json');
  if (!value) {
    if (json) process.stdout.write(`${JSON.stringify({ error: true, problems }, null, 2)}\n`);
    for (const p of problems) process.stderr.write(`${describeProblem(p)}\n`);
    return 2;
  }
  const backup: BackupFile & { problems: ImportProblem[]; import: object } = {
    format: BACKUP_FORMAT,
    dataVersion: DATA_VERSION,
    exportedAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    plans: [value.document],
    import: {
      kind: value.kind,
      sheet: value.mapping?.sheet ?? null,
      headerRow: value.mapping ? value.mapping.headerRow + 1 : null,
      rowCount: value.rowCount,
      rejectedRows: value.rejectedRows,
      actuals: value.actuals ? { rows: value.actuals.rows, newChannels: value.actuals.newChannels } : null,
    },
    problems,
  };
  if (json) process.stdout.write(`${JSON.stringify(backup, null, 2)}\n`);
  else {
    const d = value.document;
    process.stdout.write(
      `${value.kind}: ${d.tasks.length} tasks, ${d.budgetLines.length} budget lines, ${d.products.length} SKUs, ${d.goals.length} goals, ${value.actuals?.rows.length ?? 0} daily rows, ${problems.length} problems${hasErrors(problems) ? ' (some rows left out)' : ''}\n`,
    );
    for (const p of problems) process.stdout.write(`${describeProblem(p)}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

function runExport(args: string[]): number {
  const file = args[0];
  const targets = {
    budget: flag(args, '--budget'),
    schedule: flag(args, '--schedule'),
    plan: flag(args, '--plan'),
  };
  if (!file || (!targets.budget && !targets.schedule && !targets.plan)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const doc = planOfArgs(file, args);
  if (!doc) return 2;
  const language: Language = flag(args, '--lang') === 'en' ? 'en' : 'zh';
  const options = { language, exportedAt: new Date().toISOString() };
  try {
    if (targets.budget) writeFileSync(targets.budget, exportBudgetWorkbook(doc, options));
    if (targets.schedule) writeFileSync(targets.schedule, exportScheduleWorkbook(doc, options));
    if (targets.plan) writeFileSync(targets.plan, exportPlanWorkbook(doc, options));
  } catch (error) {
    process.stderr.write(`cannot write: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'import') return runImport(rest);
  if (command === 'export') return runExport(rest);
  if (command === 'figures') return runFigures(rest);
  if (command === 'pace') return runPace(rest);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
