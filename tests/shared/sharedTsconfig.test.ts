import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * shared/ runs in the window, in a worker and in Node, so it may use no DOM and no Node API
 * (docs/architecture.md §1). shared/tsconfig.json makes the compiler say so: a probe file compiled
 * with its options finds no `document` and no `Buffer`, but the few universal globals it declares.
 */
const root = join(import.meta.dirname, '../..');
const configPath = join(root, 'shared/tsconfig.json');

function errorsOf(source: string): string[] {
  const { config } = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const probe = join(root, 'shared/__probe__.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === probe ? source : readFile(name));
  host.fileExists = (
    (exists) => (name: string) =>
      name === probe || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([probe, join(root, 'shared/runtimeGlobals.d.ts')], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('shared/tsconfig.json', { timeout: 60_000 }, () => {
  it('refuses the DOM and Node in shared/', () => {
    const errors = errorsOf(
      [
        'export const title = document.title;',
        'export const w = window;',
        "export const bytes = Buffer.from('x');",
        'export const env = process.env;',
      ].join('\n'),
    ).join('\n');
    for (const name of ['document', 'window', 'Buffer', 'process']) {
      expect(errors).toMatch(new RegExp(`Cannot find name '${name}'`));
    }
  });

  it('covers every file of shared/: the Node command line lives in cli/, outside it', () => {
    const { config } = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
    expect(config.exclude).toEqual([]);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
    expect(parsed.fileNames).toContain(join(root, 'shared/xlsx/importFile.ts'));
    expect(parsed.fileNames).toContain(join(root, 'shared/runtimeGlobals.d.ts'));
    expect(parsed.fileNames.some((f) => f.includes('/shared/cli/'))).toBe(false);
  });

  it('allows the globals every runtime has alike', () => {
    expect(
      errorsOf(
        "export const text = new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode('双11'));",
      ),
    ).toEqual([]);
  });
});
