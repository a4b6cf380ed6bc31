import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every money figure comes from the figures engine (shared/figures, docs/figures.md): a screen
 * that adds, subtracts or reduces amounts in minor units itself would compute a figure finance
 * could see differently elsewhere. This fails on such arithmetic in renderer/src/features.
 */

const root = new URL('../../renderer/src/features/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `xMinor + y`, `a - b.yMinor`, `.reduce(… Minor …)`, `+=` onto a Minor amount. */
const MONEY_MATH = [
  /\w*Minor\)?\s*[-+]\s*[\w(]/,
  /[\w)\]]\s*[-+]\s*[\w.?]*Minor\b/,
  /\.reduce\([^;]*Minor/,
  /Minor\s*[-+]=/,
  /[-+]=\s*[\w.?]*Minor\b/,
];

export function moneyMath(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => MONEY_MATH.some((re) => re.test(line)));
}

describe('renderer features compute no money totals themselves', () => {
  it('finds the patterns it is meant to find', () => {
    expect(moneyMath('const total = lines.reduce((s, l) => s + l.plannedMinor, 0);')).toHaveLength(1);
    expect(moneyMath('const v = line.actualMinor - line.plannedMinor;')).toHaveLength(1);
    expect(moneyMath('sum += l.actualMinor;')).toHaveLength(1);
    expect(moneyMath('const pct = spend / c.baseSpendMinor;')).toHaveLength(0);
  });

  it('has none in renderer/src/features', () => {
    const hits = files(root).flatMap((file) =>
      moneyMath(readFileSync(file, 'utf8')).map((line) => `${file.slice(root.length)}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });
});
