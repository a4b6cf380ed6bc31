import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import 'dayjs/locale/zh-cn';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { useMemo } from 'react';
import { buildTheme, cssVariablesResolver } from './app/theme';
import { themeMessages } from './app/themeMessages';
import { AppShellLayout } from './app/AppShellLayout';
import { DatabaseGate } from './app/DatabaseGate';
import { LibraryScreen } from './features/plans/LibraryScreen';
import { TrashScreen } from './features/plans/TrashScreen';
import { BackupsScreen } from './features/backups/BackupsScreen';
import { PlanLayout } from './features/plan/PlanLayout';
import { PlanTabRoute } from './features/plan/PlanTabRoute';
import { useLocale, useMessages } from './i18n';
import { RouteError } from './app/RouteError';

// Date fields parse what the planner types (YYYY-MM-DD) with this plugin.
dayjs.extend(customParseFormat);

const router = createHashRouter([
  {
    path: '/',
    element: <AppShellLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LibraryScreen /> },
      { path: 'trash', element: <TrashScreen /> },
      { path: 'backups', element: <BackupsScreen /> },
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

export function App() {
  const locale = useLocale();
  const labels = useMessages(themeMessages);
  const theme = useMemo(() => buildTheme(labels), [labels]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: locale === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}>
        <ModalsProvider>
          <Notifications position="bottom-right" />
          <DatabaseGate>
            <RouterProvider router={router} />
          </DatabaseGate>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
