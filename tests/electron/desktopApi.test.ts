import { describe, expect, it } from 'vitest';
import {
  desktopChannels,
  desktopInvokeMethods,
  isMenuCommand,
  isValidBackupName,
  maxFileBytes,
  parseDesktopRequest,
} from '../../shared/desktopApi';

describe('the DesktopApi contract', () => {
  it('names every channel app:<method>', () => {
    for (const [method, channel] of Object.entries(desktopChannels)) expect(channel).toBe(`app:${method}`);
  });

  it('treats every method but the menu subscription as a request', () => {
    expect(desktopInvokeMethods).toHaveLength(12);
    expect(desktopInvokeMethods).not.toContain('onMenuCommand');
    expect(desktopInvokeMethods).not.toContain('onFlushRequest');
  });

  it('knows the menu commands', () => {
    expect(isMenuCommand('undo')).toBe(true);
    expect(isMenuCommand('exportAll')).toBe(true);
    expect(isMenuCommand('rm')).toBe(false);
    expect(isMenuCommand(1)).toBe(false);
  });
});

describe('backup names', () => {
  it.each(['plan-2024-11-11.json', 'a.json', 'plan_01HF.auto.json', 'Double11-backup-2.json'])(
    'accepts %s',
    (name) => {
      expect(isValidBackupName(name)).toBe(true);
    },
  );

  it.each([
    '../evil.json',
    '..\\evil.json',
    'sub/evil.json',
    'sub\\evil.json',
    '/etc/passwd.json',
    'C:\\x.json',
    '.hidden.json',
    'plan..json',
    'plan.json.exe',
    'plan.txt',
    '.json',
    'plan .json',
    '双11.json',
    'plan\u0000.json',
    `${'a'.repeat(116)}.json`,
  ])('refuses %s', (name) => {
    expect(isValidBackupName(name)).toBe(false);
  });
});

describe('request validation', () => {
  const filters = [{ name: 'Excel', extensions: ['xlsx'] }];

  it('accepts a well-formed save request', () => {
    const result = parseDesktopRequest('saveFile', [
      { suggestedName: '双11-预算.xlsx', data: new Uint8Array(3), filters },
    ]);
    expect(result.ok).toBe(true);
  });

  it('refuses a suggested name with folders in it', () => {
    const result = parseDesktopRequest('saveFile', [
      { suggestedName: '../../.bashrc', data: new Uint8Array(3), filters },
    ]);
    expect(result).toEqual({
      ok: false,
      message: 'app:saveFile: invalid request (argument 0.suggestedName: File name must not contain folders)',
    });
  });

  it('refuses data that is not bytes and extensions with a dot', () => {
    expect(parseDesktopRequest('saveFile', [{ suggestedName: 'a.xlsx', data: 'abc', filters }]).ok).toBe(
      false,
    );
    expect(
      parseDesktopRequest('saveFile', [
        { suggestedName: 'a.xlsx', data: new Uint8Array(1), filters: [{ name: 'x', extensions: ['.xlsx'] }] },
      ]).ok,
    ).toBe(false);
  });

  it('caps the size an open request may ask for', () => {
    expect(parseDesktopRequest('openFile', [{ filters, maxBytes: 10_000_000 }]).ok).toBe(true);
    expect(parseDesktopRequest('openFile', [{ filters, maxBytes: maxFileBytes + 1 }]).ok).toBe(false);
    expect(parseDesktopRequest('openFile', [{ filters, maxBytes: 0 }]).ok).toBe(false);
  });

  it('refuses extra or missing arguments', () => {
    expect(parseDesktopRequest('capturePage', ['extra']).ok).toBe(false);
    expect(parseDesktopRequest('readBackup', []).ok).toBe(false);
  });

  it('refuses a URL with control characters before it is even judged', () => {
    expect(parseDesktopRequest('openExternal', ['java\nscript:alert(1)']).ok).toBe(false);
    expect(parseDesktopRequest('openExternal', ['https://example.com/']).ok).toBe(true);
  });
});
