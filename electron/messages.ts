/**
 * Every string the main process shows (menu, dialogs), in both languages. The English table is
 * typed from the Chinese one, so a missing translation is a type error.
 */
import type { Locale } from '../shared/i18n/locale';

const zhCN = {
  menuFile: '文件',
  menuEdit: '编辑',
  menuView: '视图',
  menuWindow: '窗口',
  menuHelp: '帮助',
  newPlan: '新建规划…',
  importFile: '导入…',
  exportBudget: '导出预算…',
  exportAll: '导出全部…',
  exportPdf: '导出 PDF…',
  settings: '设置…',
  quit: '退出',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  presentation: '演示模式',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  toggleFullScreen: '切换全屏',
  toggleDevTools: '开发者工具',
  minimize: '最小化',
  zoomWindow: '缩放',
  closeWindow: '关闭窗口',
  about: '关于大促规划台',
  aboutDetail: '大促规划台 {version}\n离线优先的电商大促规划工具。所有数据仅保存在本机。',
  productName: '大促规划台',
  ok: '确定',
  openLinkTitle: '打开外部链接',
  openLinkMessage: '要在浏览器中打开 {host} 吗？',
  openLinkDetail: '完整地址：{url}\n大促规划台本身不联网；链接将在系统默认浏览器中打开。',
  openLinkConfirm: '在浏览器中打开',
  cancel: '取消',
  saveDialogTitle: '保存文件',
  openDialogTitle: '打开文件',
  fileTooLarge: '文件“{name}”有 {size} 字节，超过上限 {max} 字节。',
};

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

const enUS: Messages = {
  menuFile: 'File',
  menuEdit: 'Edit',
  menuView: 'View',
  menuWindow: 'Window',
  menuHelp: 'Help',
  newPlan: 'New Plan…',
  importFile: 'Import…',
  exportBudget: 'Export Budget…',
  exportAll: 'Export Everything…',
  exportPdf: 'Export PDF…',
  settings: 'Settings…',
  quit: 'Quit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  presentation: 'Presentation Mode',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Developer Tools',
  minimize: 'Minimize',
  zoomWindow: 'Zoom',
  closeWindow: 'Close Window',
  about: 'About Campaign Desk',
  aboutDetail:
    'Campaign Desk {version}\nOffline-first planning of e-commerce promotions. Your data stays on this computer.',
  productName: 'Campaign Desk',
  ok: 'OK',
  openLinkTitle: 'Open external link',
  openLinkMessage: 'Open {host} in your browser?',
  openLinkDetail:
    'Full address: {url}\nCampaign Desk itself works offline; the link opens in your default browser.',
  openLinkConfirm: 'Open in Browser',
  cancel: 'Cancel',
  saveDialogTitle: 'Save File',
  openDialogTitle: 'Open File',
  fileTooLarge: 'File "{name}" is {size} bytes, more than the limit of {max} bytes.',
};

export const messagesByLocale: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
