import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workedPlan } from '../shared/warroom/worked';

const root = new URL('../../', import.meta.url).pathname;
const data = (name: string): string => join(root, 'tests/fixtures/warroom', name);

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pace-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, JSON.stringify(workedPlan()));

describe('cli pace', () => {
  it('prints the worked example’s pacing and alerts with the documented keys, exit 0', () => {
    const r = cli(
      'pace',
      planFile,
      '--data',
      data('shop-cumulative.csv'),
      '--data',
      data('channels-gbk.csv'),
      '--data',
      data('sku-times.xlsx'),
      '--at',
      '2026-11-11T04:00',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.at).toBe('2026-11-11T04:00');
    expect(out.gmv).toMatchObject({
      actualMinor: 27_000_000,
      targetToDateMinor: 35_000_000,
      projectedByCurveMinor: 77_142_857,
      projectedByRunRateMinor: 79_000_000,
      goalMinor: 100_000_000,
    });
    expect(out.gmv.pace).toBeCloseTo(0.771429, 6);
    expect(out.hours[1]).toEqual({
      hour: '2026-11-11T01:00',
      gmvMinor: 4_000_000,
      targetMinor: 5_000_000,
      uv: 10_000,
      buyers: 520,
    });
    expect(out.skus[0]).toEqual({
      sku: 'SKU-001',
      name: '保温杯',
      unitsSold: 220,
      stock: 200,
      hoursOfCover: 5,
    });
    expect(out.alerts.map((a: { code: string }) => a.code)).toEqual([
      'gmvPace',
      'conversionLow',
      'channelRoas',
      'spendAhead',
      'stockCover',
      'refundRate',
    ]);
    expect(out.alerts[4].message.zh).toContain('SKU-001');
    expect(out.alerts[4].message.en).toContain('SKU-001');
  });

  it('the same file twice counts once', () => {
    const once = JSON.parse(
      cli('pace', planFile, '--data', data('shop-cumulative.csv'), '--at', '2026-11-11T04:00', '--json')
        .stdout,
    );
    const twice = JSON.parse(
      cli(
        'pace',
        planFile,
        '--data',
        data('shop-cumulative.csv'),
        '--data',
        data('shop-cumulative.csv'),
        '--at',
        '2026-11-11T04:00',
        '--json',
      ).stdout,
    );
    expect(twice.gmv.actualMinor).toBe(once.gmv.actualMinor);
  });

  it('exit 1 with the importer’s problems when a data file has a bad cell', () => {
    const r = cli('pace', planFile, '--data', data('shop-bad-cell.csv'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.problems[0]).toMatchObject({
      file: 'shop-bad-cell.csv',
      row: 4,
      column: 'B',
      header: '支付金额',
    });
  });

  it('exit 2 when the plan or a data file cannot be read', () => {
    expect(cli('pace', join(dir, 'missing.json'), '--data', data('shop-cumulative.csv')).code).toBe(2);
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(cli('pace', planFile, '--data', junk).code).toBe(2);
    expect(cli('pace', planFile).code).toBe(2);
  });
});
