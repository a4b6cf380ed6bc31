/**
 * Issue 7, "a CSP without unsafe-eval": the policy would refuse eval at run time; the lint refuses
 * it before that, in the renderer and the domain code alike (eslint.config.js, base rules).
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function rulesFiredIn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? '').filter((r) => r.startsWith('no-'));
}

describe('lint refuses code built from strings', () => {
  it.each([
    ['renderer/src/features/tasks/__probe.tsx'],
    ['renderer/src/components/__probe.ts'],
    ['shared/domain/__probe.ts'],
  ])('in %s', async (file) => {
    expect(await rulesFiredIn(file, "export const a = eval('1');\n")).toContain('no-eval');
    expect(await rulesFiredIn(file, "export const f = new Function('return 1');\n")).toContain('no-new-func');
    expect(await rulesFiredIn(file, "setTimeout('alert(1)', 1);\n")).toContain('no-implied-eval');
  });

  it('lets ordinary code through', async () => {
    expect(
      await rulesFiredIn('renderer/src/features/tasks/__probe.tsx', 'setTimeout(() => 1, 1);\n'),
    ).toEqual([]);
  });
});
