import {
  ActionIcon,
  AppShell,
  Button,
  Group,
  Kbd,
  Modal,
  SegmentedControl,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconKeyboard,
  IconTrash,
  IconLayoutList,
  IconArchive,
  IconCalendarDollar,
  IconCalendarMonth,
  IconUsers,
  IconChartGridDots,
} from '@tabler/icons-react';
import { useEffect, useMemo, type CSSProperties } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { textIn, useAppMessages, useLocale, useMessages } from '../i18n';
import { onCloseRequest, onMenuCommand, notifyLocale } from '../platform';
import { flushPlanSaves, usePlanStore } from '../state/planStore';
import { flushWorkspaceSaves } from '../state/workspaceStore';
import { startAutomaticBackups } from '../state/backupStore';
import { messages as backupMessages } from '../features/backups/messages';
import { messages as yearBudgetMessages } from '../features/yearBudget/messages';
import { yearMessages } from '../features/year/messages';
import { peopleMessages } from '../features/people/messages';
import type { Locale } from '../../../shared/i18n/locale';
import { useSettingsStore } from '../state/settingsStore';
import { NEW_FROM_EXCEL_PATH } from '../features/io/useNewFromExcel';
import { WorkbookDropTarget } from '../features/io/WorkbookDropTarget';
import { SaveStatus } from './SaveStatus';
import { CommandPalette } from './CommandPalette';
import { useAppActions } from './useAppActions';
import { useActionStore } from '../state/actionStore';
import { afterFirstPaint } from './afterFirstPaint';
import { prefetchRoutes } from './lazyRoutes';
import { PlanUndoRedoButtons } from './PlanUndoRedoButtons';

export function AppShellLayout() {
  const m = useAppMessages();
  const locale = useLocale();
  const setLocale = useSettingsStore((s) => s.setLocale);
  const planOpen = usePlanStore((s) => s.doc !== null);
  const [helpOpen, help] = useDisclosure(false);
  const navigate = useNavigate();
  const backupsNav = useMessages(backupMessages).nav;
  const yearBudgetNav = useMessages(yearBudgetMessages).nav;
  const yearNav = useMessages(yearMessages).nav;
  const people = useMessages(peopleMessages);
  // The header's links, in the order they stand.
  const navLinks = [
    { to: '/', label: m.nav.library, icon: IconLayoutList },
    { to: '/year', label: yearNav, icon: IconCalendarMonth, testId: 'nav-year' },
    { to: '/team', label: people.navTeam, icon: IconUsers, testId: 'nav-team' },
    { to: '/workload', label: people.navWorkload, icon: IconChartGridDots, testId: 'nav-workload' },
    { to: '/trash', label: m.nav.trash, icon: IconTrash },
    { to: '/year-budget', label: yearBudgetNav, icon: IconCalendarDollar, testId: 'nav-year-budget' },
    { to: '/backups', label: backupsNav, icon: IconArchive, testId: 'nav-backups' },
  ];
  // The header's links show where the planner is: the current one in the accent colour, the rest
  // grey (a plan's own screens belong to the library). A link owns its path and the paths below it,
  // not every path it is a prefix of: /year-budget is not the year calendar's.
  const { pathname } = useLocation();
  const navActive = (to: string) =>
    to === '/'
      ? pathname === '/' || pathname.startsWith('/plans') || pathname.startsWith('/import')
      : pathname === to || pathname.startsWith(`${to}/`);
  // Red text on Mantine's red hover tint is 4.0:1; the current link keeps the paler red-0 under the
  // pointer (5.6:1), which it is right after being clicked.
  const navProps = (to: string) =>
    navActive(to)
      ? { color: 'red', style: { '--button-hover': 'var(--mantine-color-red-0)' } as CSSProperties }
      : { color: 'gray' };

  // The database is open by now (DatabaseGate): the start backup and the 15-minute timer, once
  // the first screen is painted (the start backup reads and writes every plan). The other
  // screens' chunks are fetched a little later, so the first visit to each does not wait.
  useEffect(() => afterFirstPaint(startAutomaticBackups), []);
  useEffect(() => afterFirstPaint(prefetchRoutes, { delayMs: 2000 }), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    void notifyLocale(locale);
  }, [locale]);

  // Closing the desktop window stores what is typed and waits for the save (electron/closeGuard).
  useEffect(
    () => onCloseRequest(async () => void (await Promise.all([flushPlanSaves(), flushWorkspaceSaves()]))),
    [],
  );

  useEffect(
    () =>
      onMenuCommand((command) => {
        // Undo/Redo (keys and menu) belong to the plan's screens: features/plan/usePlanUndoKeys.
        if (command === 'newPlan') navigate('/?new=1');
        else if (command === 'importFile' || command === 'exportBudget') {
          const planId = usePlanStore.getState().planId;
          if (planId) navigate(`/plans/${planId}/io`);
          // No plan open: importing a file means a new plan from it.
          else if (command === 'importFile') navigate(NEW_FROM_EXCEL_PATH);
        } else if (command === 'exportAll' || command === 'settings') navigate('/backups');
      }),
    [navigate],
  );

  useHotkeys([['shift+?', () => help.open()]]);
  useAppActions(help.open);
  // The sheet lists every action on offer that has keys: generated, never a list kept by hand.
  const bySource = useActionStore((s) => s.bySource);
  const withKeys = useMemo(
    () =>
      Object.values(bySource)
        .flat()
        .filter((a) => a.shortcut),
    [bySource],
  );

  return (
    <AppShell header={{ height: 52 }} padding={0}>
      <WorkbookDropTarget />
      <AppShell.Header className="cd-no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text fw={700} size="lg" c="red.7" component={NavLink} to="/" style={{ textDecoration: 'none' }}>
              {m.appName}
            </Text>
            <Group gap={4} wrap="nowrap">
              {navLinks.map(({ to, label, icon: Icon, testId }) => (
                <Button
                  key={to}
                  component={NavLink}
                  to={to}
                  variant="subtle"
                  size="compact-sm"
                  {...navProps(to)}
                  leftSection={<Icon size={16} />}
                  data-testid={testId}
                >
                  {label}
                </Button>
              ))}
            </Group>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {planOpen && <SaveStatus />}
            {planOpen && <PlanUndoRedoButtons />}
            <SegmentedControl
              size="xs"
              aria-label={m.common.language}
              value={locale}
              onChange={(v) => setLocale(v as Locale)}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
            />
            <Tooltip label={m.nav.shortcuts}>
              <ActionIcon variant="subtle" color="gray" aria-label={m.nav.shortcuts} onClick={help.open}>
                <IconKeyboard size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <Outlet />
      </AppShell.Main>
      <Modal opened={helpOpen} onClose={help.close} title={m.shortcuts.title}>
        <Table data-testid="shortcut-sheet">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.shortcuts.action}</Table.Th>
              <Table.Th>{m.shortcuts.key}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {withKeys.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{textIn(a.label, locale)}</Table.Td>
                <Table.Td>
                  <Kbd>{a.shortcut}</Kbd>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
      <CommandPalette />
    </AppShell>
  );
}
