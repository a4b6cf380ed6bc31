// Run by damagedZip.test.ts in a child process, so that an importer that hangs (SheetJS reads
// synchronously) fails the test on its time limit instead of holding the whole run.
// argv: the workbook file, the file name to report it under. Prints the result as JSON.
import { readFileSync } from 'node:fs';
import { importFile } from '../../../shared/xlsx';

const [path, fileName] = process.argv.slice(2) as [string, string];
const r = importFile(new Uint8Array(readFileSync(path)), {
  context: { fileName, today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' },
});
process.stdout.write(
  JSON.stringify({
    budgetLines: r.value?.document.budgetLines.length ?? null,
    problems: r.problems.map((p) => ({ code: p.code, zh: p.message.zh, en: p.message.en })),
  }),
);
