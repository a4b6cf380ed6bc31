/**
 * The layering rules of eslint.config.js (docs/architecture.md §1), checked on probe files placed
 * in each folder: the db/ and state/ blocks keep the renderer's ban on Node and Electron while
 * adding their own rule, and every renderer folder keeps Dexie and zustand where they belong.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function isRefused(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

const folders = [
  'renderer/src/db',
  'renderer/src/state',
  'renderer/src/features/tasks',
  'renderer/src/components',
];

describe('layering lint', () => {
  it.each(folders)('refuses Node built-ins and Electron in %s', async (folder) => {
    const file = `${folder}/__probe.ts`;
    expect(
      await isRefused(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"),
    ).toBe(true);
    expect(await isRefused(file, "import path from 'path';\nexport const p = path;\n")).toBe(true);
    expect(await isRefused(file, "import { app } from 'electron';\nexport const a = app;\n")).toBe(true);
  });

  it('lets only db/ import Dexie and only state/ import zustand', async () => {
    const dexie = "import Dexie from 'dexie';\nexport const D = Dexie;\n";
    const zustand = "import { create } from 'zustand';\nexport const c = create;\n";
    expect(await isRefused('renderer/src/db/__probe.ts', dexie)).toBe(false);
    expect(await isRefused('renderer/src/state/__probe.ts', dexie)).toBe(true);
    expect(await isRefused('renderer/src/features/tasks/__probe.ts', dexie)).toBe(true);
    expect(await isRefused('renderer/src/state/__probe.ts', zustand)).toBe(false);
    expect(await isRefused('renderer/src/db/__probe.ts', zustand)).toBe(true);
    expect(await isRefused('renderer/src/features/tasks/__probe.ts', zustand)).toBe(true);
  });

  it('keeps all of shared/ free of UI, storage and Node; only cli/ may read files', async () => {
    const fs = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await isRefused('shared/domain/__probe.ts', fs)).toBe(true);
    expect(
      await isRefused('shared/domain/__probe.ts', "import React from 'react';\nexport const R = React;\n"),
    ).toBe(true);
    expect(await isRefused('shared/cli/__probe.ts', fs)).toBe(true);
    expect(await isRefused('cli/__probe.ts', fs)).toBe(false);
    expect(
      await isRefused(
        'cli/__probe.ts',
        "import { planStore } from '../renderer/src/state/planStore';\nexport const p = planStore;\n",
      ),
    ).toBe(true);
  });
});
