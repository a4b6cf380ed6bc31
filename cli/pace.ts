import { hasErrors, type ImportProblem } from '../shared/xlsx';
import { describeProblem } from './describeProblem';
import { flag, flags, planOfArgs, readDataFile } from './args';
import { evaluateAlerts } from '../shared/warroom/alerts';
import { importHourlyBytes } from '../shared/warroom/importFile';
import { applyHourlyImport } from '../shared/warroom/merge';
import { computePacing } from '../shared/warroom/pacing';

/**
 * npm run --silent cli -- pace <plan.json> --data <file> [--data <file>…] [--at 2026-11-11T10:00] [--json]
 * The war room's pacing and alerts from the same shared/warroom code as the screen (docs/warroom.md).
 * Exit 0 clean, 1 when a data file has problems, 2 when the plan or a data file cannot be read.
 */
export const PACE_USAGE =
  'cli pace <plan.json> --data <file.xlsx|.xls|.csv> [--data <file>…] [--at YYYY-MM-DDTHH:00] [--plan-id <id>] [--json]';

export function runPace(args: string[]): number {
  const planFile = args[0];
  const dataFiles = flags(args, '--data');
  const at = flag(args, '--at');
  const json = args.includes('--json');
  if (!planFile || planFile.startsWith('--') || dataFiles.length === 0) {
    process.stderr.write(`usage: ${PACE_USAGE}\n`);
    return 2;
  }
  if (at !== null && !/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):00$/.test(at)) {
    process.stderr.write(`--at must be an hour YYYY-MM-DDTHH:00, got ${at}\n`);
    return 2;
  }
  const loaded = planOfArgs(planFile, args);
  if (!loaded) return 2;
  let doc = loaded;
  const problems: ImportProblem[] = [];
  const importedAt = new Date().toISOString();
  for (const file of dataFiles) {
    const data = readDataFile(file);
    if (!data.ok) {
      process.stderr.write(`${data.message}\n`);
      return 2;
    }
    const { bytes, fileName } = data;
    const result = importHourlyBytes(bytes, {
      planId: doc.plan.id,
      currency: doc.plan.currency,
      channels: doc.channels,
      products: doc.products.map((p) => ({ sku: p.sku, name: p.name })),
      // Hours written without a date are of the --at day, else of the peak day.
      defaultDate: at ? at.slice(0, 10) : doc.plan.peakDate,
      snapshotHour: at
        ? `${at.slice(0, 11)}${String(Math.max(0, Number(at.slice(11, 13)) - 1)).padStart(2, '0')}:00`
        : null,
      fileName,
      mode: 'auto',
    });
    problems.push(...result.problems);
    if (!result.value) {
      for (const p of result.problems) process.stderr.write(`${describeProblem(p)}\n`);
      if (json) process.stdout.write(`${JSON.stringify({ error: true, problems }, null, 2)}\n`);
      return result.problems.some((p) =>
        [
          'notAWorkbook',
          'damagedFile',
          'passwordProtected',
          'emptyFile',
          'fileTooLarge',
          'unpackedTooLarge',
          'inflatesTooLarge',
        ].includes(p.code),
      )
        ? 2
        : 1;
    }
    // A file with errors writes nothing of itself (nothing half-written), as in the app.
    if (!hasErrors(result.problems)) {
      doc = applyHourlyImport(doc, {
        rows: result.value.rows,
        newChannels: result.value.newChannels,
        ...{
          source: fileName,
          importedAt,
        },
      });
    }
  }
  const pacing = computePacing(doc, { at });
  const alerts = evaluateAlerts(doc, pacing);
  const out = {
    at: pacing.at,
    gmv: pacing.gmv,
    hours: pacing.hours.map((h) => ({
      hour: h.hour,
      gmvMinor: h.gmvMinor,
      targetMinor: h.targetMinor,
      uv: h.uv,
      buyers: h.buyers,
    })),
    days: pacing.days,
    channels: pacing.channels.map((c) => ({
      name: c.name,
      gmvMinor: c.gmvMinor,
      spendMinor: c.spendMinor,
      roas: c.roas,
      planRoas: c.planRoas,
      spendPace: c.spendPace,
    })),
    skus: pacing.skus.map((s) => ({
      sku: s.sku,
      name: s.name,
      unitsSold: s.unitsSold,
      stock: s.stock,
      hoursOfCover: s.hoursOfCover,
    })),
    alerts: alerts.map((a) => ({
      code: a.code,
      severity: a.severity,
      subject: a.subject,
      message: a.message,
      riskId: a.riskId,
      contingency: a.contingency,
    })),
    problems,
  };
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    const g = pacing.gmv;
    process.stdout.write(
      `at ${pacing.at}: GMV ${g.actualMinor / 100} of ${(g.targetToDateMinor ?? 0) / 100} by now (pace ${g.pace === null ? '—' : (g.pace * 100).toFixed(1)} %), ${alerts.length} alerts\n`,
    );
    for (const a of alerts) process.stdout.write(`${a.severity}: ${a.message.en}\n`);
    for (const p of problems) process.stdout.write(`${describeProblem(p)}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
