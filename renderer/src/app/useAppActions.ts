import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { appMessages } from '../i18n/messages';
import { messages as backupMessages } from '../features/backups/messages';
import { messages as yearBudgetMessages } from '../features/yearBudget/messages';
import { yearMessages } from '../features/year/messages';
import { planTabs } from '../features/plan/tabs';
import { peopleMessages } from '../features/people/messages';
import { rollForwardMessages } from '../features/rollforward/messages';
import { compareMessages } from '../features/compare/messages';
import { useRegisterActions, type AppAction } from '../state/actionStore';
import { usePlanStore } from '../state/planStore';
import { useSettingsStore } from '../state/settingsStore';

const zh = appMessages['zh-CN'];
const en = appMessages['en-US'];
const peopleZh = peopleMessages['zh-CN'];
const peopleEn = peopleMessages['en-US'];

const yearZh = yearMessages['zh-CN'];
const yearEn = yearMessages['en-US'];

/** Where the app's own actions go, in the order the palette offers them. */
const destinations: readonly (Pick<AppAction, 'id' | 'label' | 'keywords' | 'shortcut'> & {
  path: string;
})[] = [
  { id: 'app.library', path: '/', label: { zh: zh.nav.library, en: en.nav.library } },
  {
    id: 'app.yearCalendar',
    path: '/year',
    label: { zh: yearZh.openCalendar, en: yearEn.openCalendar },
    keywords: [yearZh.nav, yearEn.nav, '日历', 'calendar', 'year'],
  },
  {
    id: 'app.newPlan',
    path: '/?new=1',
    label: { zh: zh.shortcuts.newPlan, en: en.shortcuts.newPlan },
  },
  {
    id: 'app.team',
    path: '/team',
    label: { zh: peopleZh.navTeam, en: peopleEn.navTeam },
    keywords: [peopleZh.person, peopleEn.person, peopleZh.filterPerson, peopleEn.filterPerson],
  },
  {
    id: 'app.matchOwners',
    path: '/team/match',
    label: { zh: peopleZh.matchOwners, en: peopleEn.matchOwners },
    keywords: [peopleZh.navTeam, peopleEn.navTeam],
  },
  {
    id: 'app.workload',
    path: '/workload',
    label: { zh: peopleZh.navWorkload, en: peopleEn.navWorkload },
    keywords: [peopleZh.over, peopleEn.over],
  },
  { id: 'app.trash', path: '/trash', label: { zh: zh.nav.trash, en: en.nav.trash } },
  {
    id: 'app.compare',
    path: '/compare',
    label: { zh: compareMessages['zh-CN'].title, en: compareMessages['en-US'].title },
    keywords: ['compare', '对比', 'year over year', '同比'],
  },
  {
    id: 'app.backups',
    path: '/backups',
    label: { zh: backupMessages['zh-CN'].nav, en: backupMessages['en-US'].nav },
  },
  {
    id: 'app.yearBudget',
    path: '/year-budget',
    label: { zh: yearBudgetMessages['zh-CN'].nav, en: yearBudgetMessages['en-US'].nav },
    keywords: ['年度', 'annual', 'year', 'budget', '预算'],
  },
];

/** The open plan's Undo and Redo: the store's step, the flag that enables it, its keys on the sheet. */
const historySteps = [
  { step: 'undo', flag: 'canUndo', shortcut: 'Ctrl/⌘ + Z' },
  { step: 'redo', flag: 'canRedo', shortcut: 'Ctrl/⌘ + ⇧ + Z' },
] as const;

/** The app's own actions: where to go, undo/redo, a new plan, the language, the shortcut sheet. */
export function useAppActions(openShortcuts: () => void): void {
  const navigate = useNavigate();
  const planId = usePlanStore((s) => s.planId);
  const app = useMemo<AppAction[]>(
    () => [
      ...destinations.map(({ path, ...d }): AppAction => ({
        ...d,
        scope: 'app',
        perform: () => navigate(path),
      })),
      {
        id: 'app.language',
        label: { zh: zh.shortcuts.switchLanguage, en: en.shortcuts.switchLanguage },
        keywords: [zh.common.language, en.common.language],
        scope: 'app',
        perform: () => {
          const { locale, setLocale } = useSettingsStore.getState();
          setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN');
        },
      },
      {
        id: 'app.shortcuts',
        label: { zh: zh.shortcuts.help, en: en.shortcuts.help },
        shortcut: '?',
        scope: 'app',
        perform: openShortcuts,
      },
      {
        id: 'app.palette',
        label: { zh: zh.shortcuts.palette, en: en.shortcuts.palette },
        shortcut: 'Ctrl/⌘ + K',
        scope: 'app',
        isEnabled: () => false, // on the sheet, not in the palette it opens
        perform: () => undefined,
      },
    ],
    [navigate, openShortcuts],
  );
  useRegisterActions('app', app);

  const plan = useMemo<AppAction[]>(
    () =>
      planId === null
        ? []
        : [
            ...historySteps.map(({ step, flag, shortcut }): AppAction => ({
              id: `plan.${step}`,
              label: { zh: zh.shortcuts[step], en: en.shortcuts[step] },
              shortcut,
              scope: 'plan',
              isEnabled: () => usePlanStore.getState()[flag],
              perform: () => usePlanStore.getState()[step](),
            })),
            {
              id: 'plan.rollForward',
              label: { zh: rollForwardMessages['zh-CN'].title, en: rollForwardMessages['en-US'].title },
              keywords: ['roll forward', '滚动', '明年', 'next year'],
              scope: 'plan',
              perform: () => navigate(`/plans/${planId}/overview?roll=1`),
            },
            ...planTabs.map((tab): AppAction => ({
              id: `plan.go.${tab.id}`,
              label: { zh: zh.shortcuts.goTo(zh.tabs[tab.id]), en: en.shortcuts.goTo(en.tabs[tab.id]) },
              keywords: [zh.tabs[tab.id], en.tabs[tab.id], tab.id],
              scope: 'plan',
              perform: () => navigate(`/plans/${planId}/${tab.id}`),
            })),
          ],
    [planId, navigate],
  );
  useRegisterActions('plan', plan);
}
