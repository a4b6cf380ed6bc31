/**
 * The Electronegativity-style lint gate in eslint.config.js, applied to code placed under
 * electron/: each insecure pattern must be reported, and the real shell must pass.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function messagesFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, 'electron', '__lintGateProbe.ts') });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('electron lint gate', () => {
  it.each([
    [
      'nodeIntegration on',
      'export const o = { webPreferences: { nodeIntegration: true } };',
      'nodeIntegration must stay off.',
    ],
    [
      'contextIsolation off',
      'export const o = { contextIsolation: false };',
      'contextIsolation must stay on.',
    ],
    ['sandbox off', 'export const o = { sandbox: false };', 'sandbox must stay on.'],
    ['webSecurity off', 'export const o = { webSecurity: false };', 'webSecurity must stay on.'],
    ['insecure content', 'export const o = { allowRunningInsecureContent: true };', 'No insecure content.'],
    ['webview', 'export const o = { webviewTag: true };', 'No <webview>.'],
    [
      'Node in workers',
      'export const o = { nodeIntegrationInWorker: true };',
      'No Node in workers or subframes.',
    ],
    [
      'Node in subframes',
      'export const o = { nodeIntegrationInSubFrames: true };',
      'No Node in workers or subframes.',
    ],
    ['Blink features', "export const o = { enableBlinkFeatures: 'X' };", 'No extra Blink features.'],
    [
      'executeJavaScript',
      "declare const w: any; w.webContents.executeJavaScript('1');",
      'Never executeJavaScript from main.',
    ],
    ['sync IPC', "declare const r: any; r.sendSync('app:x');", 'No synchronous IPC.'],
    [
      'exposing ipcRenderer',
      "declare const c: any, ipcRenderer: any; c.exposeInMainWorld('x', ipcRenderer);",
      'Expose named functions, never ipcRenderer.',
    ],
    [
      'exposing ipcRenderer inside an object',
      "declare const c: any, ipcRenderer: any; c.exposeInMainWorld('x', { ipcRenderer });",
      'Expose named functions, never ipcRenderer or its methods.',
    ],
    [
      'exposing a method of ipcRenderer',
      "declare const c: any, ipcRenderer: any; c.exposeInMainWorld('x', { send: ipcRenderer.send });",
      'Expose named functions, never ipcRenderer or its methods.',
    ],
  ])('reports %s', async (_why, code, message) => {
    expect(await messagesFor(code)).toContain(message);
  });

  it('accepts a preload that exposes named functions calling ipcRenderer', async () => {
    const code = `declare const c: any, ipcRenderer: any;
      c.exposeInMainWorld('x', { getLocale: () => ipcRenderer.invoke('app:getSystemLocale') });`;
    expect(await messagesFor(code)).toEqual([]);
  });

  it('finds nothing in the real shell', async () => {
    const results = await eslint.lintFiles(['electron/**/*.ts']);
    expect(results.length).toBeGreaterThan(10);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});
