import { create } from 'zustand';
import { isLocale, type Locale } from '../../../shared/i18n/locale';
import { DEFAULT_TASK_LIMIT } from '../../../shared/people/workload';
import { TASK_LIMIT_MAX } from '../../../shared/domain';

const LOCALE_KEY = 'campaign-desk.locale';
const PUSH_KEY = 'campaign-desk.pushSuccessors';

/** "Successors follow" is on unless the planner turned it off (remembered on this computer). */
function readStoredPush(): boolean {
  try {
    return localStorage.getItem(PUSH_KEY) !== 'off';
  } catch {
    return true;
  }
}

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

const TASK_LIMIT_KEY = 'campaign-desk.taskLimit';

/** The workload's default task limit (docs/people.md): 5 until the planner sets another. */
function readTaskLimit(): number {
  try {
    const n = Number(localStorage.getItem(TASK_LIMIT_KEY));
    return Number.isInteger(n) && n >= 1 && n <= TASK_LIMIT_MAX ? n : DEFAULT_TASK_LIMIT;
  } catch {
    return DEFAULT_TASK_LIMIT;
  }
}

const BUDGET_COLUMNS_KEY = 'campaign-desk.budget.hiddenColumns';

function readHiddenBudgetColumns(): string[] | null {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(BUDGET_COLUMNS_KEY) ?? 'null');
    return Array.isArray(v) && v.every((c) => typeof c === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

interface SettingsState {
  locale: Locale;
  /** Show large CNY amounts in 万 (ten-thousands). */
  showWan: boolean;
  /** The budget table's optional columns the planner hid; null until they choose (the screen's default). */
  hiddenBudgetColumns: string[] | null;
  /**
   * Successors follow a date edit (docs/scheduling.md): one setting for every editor — the tasks
   * table, the timeline and the import merge — so the same edit never schedules differently.
   */
  pushSuccessors: boolean;
  /** Concurrent tasks per person and week above which the workload marks an overload (a person may have their own). */
  taskLimit: number;
  setLocale(locale: Locale): void;
  setShowWan(show: boolean): void;
  setHiddenBudgetColumns(columns: string[]): void;
  setPushSuccessors(push: boolean): void;
  setTaskLimit(limit: number): void;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  locale: readStoredLocale() ?? defaultLocale(),
  showWan: false,
  hiddenBudgetColumns: typeof localStorage === 'undefined' ? null : readHiddenBudgetColumns(),
  pushSuccessors: readStoredPush(),
  taskLimit: typeof localStorage === 'undefined' ? DEFAULT_TASK_LIMIT : readTaskLimit(),
  setTaskLimit(taskLimit) {
    try {
      localStorage.setItem(TASK_LIMIT_KEY, String(taskLimit));
    } catch {
      // Private mode: the limit holds for this session only.
    }
    set({ taskLimit });
  },
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
  setHiddenBudgetColumns(hiddenBudgetColumns) {
    try {
      localStorage.setItem(BUDGET_COLUMNS_KEY, JSON.stringify(hiddenBudgetColumns));
    } catch {
      // Private mode: the choice holds for this session only.
    }
    set({ hiddenBudgetColumns });
  },
  setPushSuccessors(pushSuccessors) {
    try {
      localStorage.setItem(PUSH_KEY, pushSuccessors ? 'on' : 'off');
    } catch {
      // Private mode: the choice holds for this session only.
    }
    set({ pushSuccessors });
  },
}));

// The task limit is this computer's: a change in another window shows in this one's workload.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === TASK_LIMIT_KEY) useSettingsStore.setState({ taskLimit: readTaskLimit() });
  });

export const useLocaleValue = (): Locale => useSettingsStore((s) => s.locale);
export const useShowWan = (): boolean => useSettingsStore((s) => s.showWan);
export const usePushSuccessors = (): boolean => useSettingsStore((s) => s.pushSuccessors);
