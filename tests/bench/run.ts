import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/browser';
import { seedDocument } from '../e2e/seed';
import { startStaticServer } from '../e2e/staticServer';
import type { BenchContext, BenchRow, BenchSuite } from './types';

/**
 * `npm run bench`: runs every suite in tests/bench/suites (or those named on the command line),
 * prints a table and writes bench-results.json — an array of {name, value, unit, budget}.
 */
const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);

async function main(): Promise<void> {
  const app = await startStaticServer(join(root, 'dist/renderer'));
  const bench = await startStaticServer(join(root, 'dist/bench'));
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
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nwrote bench-results.json (${rows.length} figures)`);
  if (failed) process.exitCode = 1;
}

void main();
