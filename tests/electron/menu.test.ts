import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronMock } from './electronMock';
import { installMenu, menuTemplate, type MenuContext } from '../../electron/menu';
import { messagesByLocale } from '../../electron/messages';
import { menuCommands, type MenuCommand } from '../../shared/desktopApi';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

type Item = MenuItemConstructorOptions;

function context(platform: NodeJS.Platform, isPackaged = true): MenuContext & { sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  return { platform, isPackaged, sendCommand: (c) => sent.push(c), showAbout: vi.fn(), sent };
}

function children(item: Item): Item[] {
  return Array.isArray(item.submenu) ? (item.submenu as Item[]) : [];
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(children(item))]);
}

/** Everything but the words: ids, roles, accelerators, separators, nesting. */
function shape(items: Item[]): unknown[] {
  return items.map((item) => ({
    id: item.id,
    type: item.type,
    role: item.role,
    accelerator: item.accelerator,
    submenu: shape(children(item)),
  }));
}

const chinese = /[\u4e00-\u9fff]/;

describe.each(['linux', 'win32', 'darwin'] as const)('application menu on %s', (platform) => {
  const zh = menuTemplate(messagesByLocale['zh-CN'], context(platform));
  const en = menuTemplate(messagesByLocale['en-US'], context(platform));

  it('has the same structure in both languages', () => {
    expect(shape(zh)).toEqual(shape(en));
  });

  it('translates every label', () => {
    const zhItems = flatten(zh).filter((i) => i.type !== 'separator');
    const enItems = flatten(en).filter((i) => i.type !== 'separator');
    expect(zhItems.length).toBeGreaterThan(20);
    zhItems.forEach((item, index) => {
      const english = enItems[index]!.label;
      expect(item.label, `item ${item.id}`).toMatch(chinese);
      expect(english, `item ${item.id}`).toMatch(/^[A-Z]/);
      expect(english).not.toMatch(chinese);
    });
  });

  it('has File, Edit, View, Window and Help, in that order', () => {
    const top = en.map((i) => i.id);
    expect(top.slice(platform === 'darwin' ? 1 : 0)).toEqual(['file', 'edit', 'view', 'window', 'help']);
    expect(en.map((i) => i.label)).toContain('File');
    expect(zh.map((i) => i.label)).toContain('文件');
  });

  it('offers every menu command exactly once, each with an accelerator', () => {
    const items = flatten(en);
    for (const command of menuCommands) {
      const matches = items.filter((i) => i.id === command);
      expect(matches, command).toHaveLength(1);
      expect(matches[0]!.accelerator, command).toBeTruthy();
    }
  });

  it('uses the standard roles for the clipboard', () => {
    const roles = children(en.find((i) => i.id === 'edit')!).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });
});

describe('menu commands', () => {
  it('send the command to the renderer when clicked', () => {
    const ctx = context('linux');
    const items = flatten(menuTemplate(messagesByLocale['en-US'], ctx));
    for (const id of ['newPlan', 'undo', 'redo', 'presentation', 'exportAll'] as const) {
      const item = items.find((i) => i.id === id)!;
      (item.click as () => void)();
    }
    expect(ctx.sent).toEqual(['newPlan', 'undo', 'redo', 'presentation', 'exportAll']);
  });

  it('binds the usual keys', () => {
    const items = flatten(menuTemplate(messagesByLocale['en-US'], context('win32')));
    const key = (id: string): unknown => items.find((i) => i.id === id)!.accelerator;
    expect(key('newPlan')).toBe('CmdOrCtrl+N');
    expect(key('importFile')).toBe('CmdOrCtrl+O');
    expect(key('undo')).toBe('CmdOrCtrl+Z');
    expect(key('redo')).toBe('Ctrl+Y');
    expect(key('presentation')).toBe('F5');
    expect(key('settings')).toBe('CmdOrCtrl+,');
  });

  it('offers developer tools only when the app is not packaged', () => {
    const has = (isPackaged: boolean): boolean =>
      flatten(menuTemplate(messagesByLocale['en-US'], context('linux', isPackaged))).some(
        (i) => i.role === 'toggleDevTools',
      );
    expect(has(true)).toBe(false);
    expect(has(false)).toBe(true);
  });

  it('installs the menu as the application menu', () => {
    installMenu(messagesByLocale['zh-CN'], context('linux'));
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const built = electronMock.Menu.buildFromTemplate.mock.results[0]!.value as { template: Item[] };
    expect(built.template[0]!.label).toBe('文件');
  });
});
