import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications, notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { buildTheme, cssVariablesResolver } from './app/theme';
import { themeMessages } from './app/themeMessages';
import { AppShellLayout } from './app/AppShellLayout';
import { DatabaseGate } from './app/DatabaseGate';
import { LibraryScreen } from './features/plans/LibraryScreen';
import { PlanLayout } from './features/plan/PlanLayout';
import { PlanTabRoute } from './features/plan/PlanTabRoute';
import { useLocale, useMessages } from './i18n';
import { RouteError } from './app/RouteError';
import { loadRoutes, type RouteLoader } from './app/lazyRoutes';
import { ScreenLoader } from './components/ScreenLoader';

function lazyScreen<M>(load: RouteLoader<M>, pick: (mod: M) => ComponentType) {
  const Screen = lazy(async () => ({ default: pick(await load()) }));
  return function LazyScreen() {
    // A screen whose code is already here (prefetched after start-up) is drawn in this commit.
    // Through React.lazy its first visit suspends once even so: the spinner shows, and React holds
    // back the content that replaces a spinner until 300 ms after it appeared.
    const [Loaded] = useState(() => {
      const mod = load.loaded();
      return mod === undefined ? null : pick(mod);
    });
    if (Loaded) return <Loaded />;
    return (
      <Suspense fallback={<ScreenLoader />}>
        <Screen />
      </Suspense>
    );
  };
}

const TrashScreen = lazyScreen(loadRoutes.trash, (m) => m.TrashScreen);
const BackupsScreen = lazyScreen(loadRoutes.backups, (m) => m.BackupsScreen);
const YearBudgetScreen = lazyScreen(loadRoutes.yearBudget, (m) => m.YearBudgetScreen);
const NewFromExcelScreen = lazyScreen(loadRoutes.newFromExcel, (m) => m.NewFromExcelScreen);
const YearCalendarScreen = lazyScreen(loadRoutes.year, (m) => m.YearCalendarScreen);
const TeamScreen = lazyScreen(loadRoutes.team, (m) => m.TeamScreen);
const MatchOwnersScreen = lazyScreen(loadRoutes.matchOwners, (m) => m.MatchOwnersScreen);
const WorkloadScreen = lazyScreen(loadRoutes.workload, (m) => m.WorkloadScreen);
const CompareScreen = lazyScreen(loadRoutes.compare, (m) => m.CompareScreen);

const router = createHashRouter([
  {
    path: '/',
    element: <AppShellLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LibraryScreen /> },
      { path: 'trash', element: <TrashScreen /> },
      { path: 'backups', element: <BackupsScreen /> },
      { path: 'year-budget', element: <YearBudgetScreen /> },
      { path: 'import', element: <NewFromExcelScreen /> },
      { path: 'year', element: <YearCalendarScreen /> },
      { path: 'team', element: <TeamScreen /> },
      { path: 'team/match', element: <MatchOwnersScreen /> },
      { path: 'workload', element: <WorkloadScreen /> },
      { path: 'compare', element: <CompareScreen /> },
      {
        path: 'plans/:planId',
        element: <PlanLayout />,
        children: [
          { index: true, element: <PlanTabRoute /> },
          { path: ':tab', element: <PlanTabRoute /> },
        ],
      },
    ],
  },
]);

/**
 * A switch of language clears the toasts on screen: their text was written in the language they
 * were shown in ("已导出" stayed on the English screen), and they only ever confirm what just
 * happened, which the screen itself shows.
 */
function useToastsInOneLanguage(): void {
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    notifications.clean();
  }, [locale]);
}

export function App() {
  const labels = useMessages(themeMessages);
  useToastsInOneLanguage();
  const theme = useMemo(() => buildTheme(labels), [labels]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <DatabaseGate>
          <RouterProvider router={router} useTransitions={false} />
        </DatabaseGate>
      </ModalsProvider>
    </MantineProvider>
  );
}
