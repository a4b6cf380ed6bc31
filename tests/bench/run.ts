import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/browser';
import { seedDocument } from '../e2e/seed';
import { distDir, startStaticServer } from '../e2e/staticServer';
import type { BenchContext, BenchRow, BenchSuite } from './types';

/**
 * `npm run bench`: runs every suite in tests/bench/suites (or those named on the command line,
 * e.g. `node --import tsx tests/bench/run.ts foundation`), prints a table and writes
 * bench-results.json — an array of {name, value, unit, budget}. When suites are named, their rows
 * replace the rows of the same name in bench-results.json and every other row is kept.
 * CAMPAIGN_DESK_DIST and CAMPAIGN_DESK_BENCH_DIST point at other builds of the app and the bench
 * pages than dist/renderer and dist/bench.
 */
const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);
const benchDir = process.env.CAMPAIGN_DESK_BENCH_DIST ?? join(root, 'dist/bench');
const resultsFile = join(root, 'bench-results.json');

/** The previous figures, updated by name with this run's rows (new names appended). */
function mergeRows(rows: BenchRow[]): BenchRow[] {
  if (only.length === 0 || !existsSync(resultsFile)) return rows;
  const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchRow[];
  const fresh = new Map(rows.map((r) => [r.name, r]));
  const merged = previous.map((r) => fresh.get(r.name) ?? r);
  const known = new Set(previous.map((r) => r.name));
  return [...merged, ...rows.filter((r) => !known.has(r.name))];
}

async function main(): Promise<void> {
  const app = await startStaticServer(distDir);
  const bench = await startStaticServer(benchDir);
  const browsers: { close(): Promise<void> }[] = [];
  const ctx: BenchContext = {
    baseUrl: app.url,
    benchUrl: bench.url,
    async newPage() {
      const b = await launchBrowser({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
      browsers.push(b);
      const page = b.context.pages()[0] ?? (await b.context.newPage());
      return page;
    },
    seedDocument,
  };
  const suitesDir = join(import.meta.dirname, 'suites');
  const files = readdirSync(suitesDir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
    .sort();
  const rows: BenchRow[] = [];
  let failed = false;
  for (const file of files) {
    const started = Date.now();
    try {
      const mod = (await import(pathToFileURL(join(suitesDir, file)).href)) as { default: BenchSuite };
      const result = await mod.default(ctx);
      rows.push(...result);
      console.log(`bench: ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed = true;
      console.error(`bench: ${file} failed:`, error);
    } finally {
      while (browsers.length > 0) await browsers.pop()?.close();
    }
  }
  await app.close();
  await bench.close();

  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`\n${'name'.padEnd(width)}  ${'value'.padStart(10)}  unit    budget   ok`);
  for (const r of rows) {
    const ok = r.budget === null ? '' : r.value <= r.budget ? 'yes' : 'NO';
    console.log(
      `${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(6)}  ${String(r.budget ?? '—').padStart(6)}   ${ok}`,
    );
  }
  const written = mergeRows(rows);
  writeFileSync(resultsFile, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`\nwrote bench-results.json (${rows.length} figures measured, ${written.length} in the file)`);
  if (failed) process.exitCode = 1;
}

void main();
