/**
 * The application menu, in the planner's language. App-level commands are sent to the renderer as
 * `MenuCommand`s (the renderer decides what "undo" means for a plan); clipboard and window items
 * use Electron's standard roles so they work in every text field.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/desktopApi';
import type { Messages } from './messages';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged run. */
  isPackaged: boolean;
  sendCommand: (command: MenuCommand) => void;
  showAbout: () => void;
}

type Item = MenuItemConstructorOptions;

function command(id: MenuCommand, label: string, accelerator: string, ctx: MenuContext): Item {
  return { id, label, accelerator, click: () => ctx.sendCommand(id) };
}

const separator: Item = { type: 'separator' };

export function menuTemplate(m: Messages, ctx: MenuContext): Item[] {
  const isMac = ctx.platform === 'darwin';
  const settings = command('settings', m.settings, 'CmdOrCtrl+,', ctx);

  const appMenu: Item = {
    id: 'app',
    label: m.productName,
    submenu: [
      { id: 'about', label: m.about, click: ctx.showAbout },
      separator,
      settings,
      separator,
      { id: 'quit', label: m.quit, role: 'quit' },
    ],
  };

  const file: Item = {
    id: 'file',
    label: m.menuFile,
    submenu: [
      command('newPlan', m.newPlan, 'CmdOrCtrl+N', ctx),
      command('importFile', m.importFile, 'CmdOrCtrl+O', ctx),
      separator,
      command('exportBudget', m.exportBudget, 'CmdOrCtrl+E', ctx),
      command('exportAll', m.exportAll, 'CmdOrCtrl+Shift+E', ctx),
      command('exportPdf', m.exportPdf, 'CmdOrCtrl+P', ctx),
      // On macOS, Settings and Quit live in the app menu.
      ...(isMac
        ? []
        : [separator, settings, separator, { id: 'quit', label: m.quit, role: 'quit' } satisfies Item]),
    ],
  };

  const edit: Item = {
    id: 'edit',
    label: m.menuEdit,
    submenu: [
      command('undo', m.undo, 'CmdOrCtrl+Z', ctx),
      command('redo', m.redo, isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', ctx),
      separator,
      { id: 'cut', label: m.cut, role: 'cut' },
      { id: 'copy', label: m.copy, role: 'copy' },
      { id: 'paste', label: m.paste, role: 'paste' },
      { id: 'selectAll', label: m.selectAll, role: 'selectAll' },
    ],
  };

  const view: Item = {
    id: 'view',
    label: m.menuView,
    submenu: [
      command('presentation', m.presentation, 'F5', ctx),
      separator,
      { id: 'resetZoom', label: m.resetZoom, role: 'resetZoom' },
      { id: 'zoomIn', label: m.zoomIn, role: 'zoomIn' },
      { id: 'zoomOut', label: m.zoomOut, role: 'zoomOut' },
      separator,
      { id: 'toggleFullScreen', label: m.toggleFullScreen, role: 'togglefullscreen' },
      ...(ctx.isPackaged
        ? []
        : [
            separator,
            { id: 'toggleDevTools', label: m.toggleDevTools, role: 'toggleDevTools' } satisfies Item,
          ]),
    ],
  };

  const windowMenu: Item = {
    id: 'window',
    label: m.menuWindow,
    submenu: [
      { id: 'minimize', label: m.minimize, role: 'minimize' },
      ...(isMac ? [{ id: 'zoomWindow', label: m.zoomWindow, role: 'zoom' } satisfies Item] : []),
      { id: 'closeWindow', label: m.closeWindow, role: 'close' },
    ],
  };

  const help: Item = {
    id: 'help',
    label: m.menuHelp,
    role: 'help',
    submenu: [{ id: 'about', label: m.about, click: ctx.showAbout }],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu, help];
}

export function installMenu(m: Messages, ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(m, ctx)));
}
