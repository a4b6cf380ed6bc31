/**
 * The language of the main process's own UI (menu, dialogs). Starts from the system language
 * and follows the renderer's choice via `setLocale`.
 */
import type { Locale } from '../shared/i18n/locale';
import { messagesByLocale, type Messages } from './messages';

/** Chinese for any `zh*` tag (zh-CN, zh-Hans-CN, zh-TW …), English otherwise. */
export function desktopLocaleFor(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

let current: Locale = 'en-US';

export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
}

export function currentMessages(): Messages {
  return messagesByLocale[current];
}
