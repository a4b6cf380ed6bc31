import { create } from 'zustand';
import { isLocale, type Locale } from '../../../shared/i18n/locale';

const LOCALE_KEY = 'campaign-desk.locale';

/** Chinese for a Chinese system, English otherwise — until the planner chooses. */
export function defaultLocale(
  languages: readonly string[] = typeof navigator === 'undefined'
    ? []
    : (navigator.languages ?? [navigator.language]),
): Locale {
  const first = languages[0] ?? 'en-US';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

function readStoredLocale(): Locale | null {
  try {
    const v = localStorage.getItem(LOCALE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

interface SettingsState {
  locale: Locale;
  /** Show large CNY amounts in 万 (ten-thousands). */
  showWan: boolean;
  setLocale(locale: Locale): void;
  setShowWan(show: boolean): void;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  locale: readStoredLocale() ?? defaultLocale(),
  showWan: false,
  setLocale(locale) {
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // Private mode: the choice holds for this session only.
    }
    document.documentElement.lang = locale;
    set({ locale });
  },
  setShowWan(showWan) {
    set({ showWan });
  },
}));

export const useLocaleValue = (): Locale => useSettingsStore((s) => s.locale);
export const useShowWan = (): boolean => useSettingsStore((s) => s.showWan);
