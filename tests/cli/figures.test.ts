import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'figures', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli figures', () => {
  it('prints the worked plan’s figures of docs/figures.md as JSON, exit 0', () => {
    const r = cli('tests/fixtures/figures-plan.json', '--plan-id', 'plan-figures', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // Hand-worked in docs/figures.md
    expect(out.budget).toMatchObject({
      plannedMinor: 34_000_000,
      committedMinor: 14_000_000,
      actualMinor: 31_300_000,
      varianceMinor: -700_000,
    });
    expect(out.budget.actualCoverage).toBeCloseTo(320 / 340, 12);
    expect(out.budget.byCategory[0]).toEqual(
      expect.objectContaining({ name: '推广/广告投放', plannedMinor: 8_000_000, actualMinor: 7_900_000 }),
    );
    expect(out.promotions.map((p: { name: string; costMinor: number }) => [p.name, p.costMinor])).toEqual([
      ['全场8折', 18_000_000],
      ['赠品收纳袋', 1_000_000],
    ]);
    expect(out.forecast).toMatchObject({
      uv: 110_000,
      orders: 2_700,
      gmvMinor: 72_000_000,
      discountMinor: 18_000_000,
      cogsMinor: 32_000_000,
      grossProfitMinor: 24_000_000,
      roas: 6,
    });
    expect(out.forecast.byPhase[1]).toEqual(
      expect.objectContaining({ name: '爆发期', gmvMinor: 50_400_000 }),
    );
    expect(out.actual).toMatchObject({
      gmvMinor: 69_000_000,
      cogsMinor: 30_666_667,
      grossProfitMinor: 21_633_333,
      provisional: false,
    });
    expect(out.goals[0]).toEqual(
      expect.objectContaining({
        name: 'GMV ≥ ¥70万',
        metric: 'gmv',
        target: 70_000_000,
        actual: 69_000_000,
        met: false,
      }),
    );
    expect(typeof out.goals[0].direction).toBe('string');
    expect(out.score.total).toBeCloseTo(98.628571, 5);
    expect(out.score.consistencyRatio).toBeNull();
  });

  it('prints a text summary without --json', () => {
    const r = cli('tests/fixtures/figures-plan.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gross profit 240000.00');
  });

  it('exits 2 when the file cannot be read, is not a plan, or has no such plan', () => {
    expect(cli('/no/such/plan.json', '--json').code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'figures-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = cli(bad, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a Campaign Desk backup');
    expect(cli('tests/fixtures/figures-plan.json', '--plan-id', 'nope').code).toBe(2);
    expect(cli().code).toBe(2);
  }, 120_000);
});
