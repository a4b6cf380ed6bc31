/**
 * The language of the main process's own UI (menu, dialogs). Starts from the system language
 * and follows the renderer's choice via `setLocale`.
 */
import type { DesktopLocale } from '../shared/desktopApi';
import { messagesByLocale, type Messages } from './messages';

/** Chinese for any `zh*` tag (zh-CN, zh-Hans-CN, zh-TW …), English otherwise. */
export function desktopLocaleFor(systemLocale: string): DesktopLocale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

let current: DesktopLocale = 'en-US';

export function currentLocale(): DesktopLocale {
  return current;
}

export function setCurrentLocale(locale: DesktopLocale): void {
  current = locale;
}

export function currentMessages(): Messages {
  return messagesByLocale[current];
}
