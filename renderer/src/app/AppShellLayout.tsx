import { AppShell, Kbd, Modal, Table } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { textIn, useAppMessages, useLocale } from '../i18n';
import { onCloseRequest, onMenuCommand, notifyLocale } from '../platform';
import { flushPlanSaves, usePlanStore } from '../state/planStore';
import { flushWorkspaceSaves } from '../state/workspaceStore';
import { startAutomaticBackups } from '../state/backupStore';
import { NEW_FROM_EXCEL_PATH } from '../features/io/useNewFromExcel';
import { WorkbookDropTarget } from '../features/io/WorkbookDropTarget';
import { CommandPalette } from './CommandPalette';
import { useAppActions } from './useAppActions';
import { useActionStore } from '../state/actionStore';
import { afterFirstPaint } from './afterFirstPaint';
import { prefetchRoutes } from './lazyRoutes';
import { AppHeader } from './AppHeader';

export function AppShellLayout() {
  const m = useAppMessages();
  const locale = useLocale();
  const [helpOpen, help] = useDisclosure(false);
  const navigate = useNavigate();
  // Where the planner is, as much as the header shows it: the path's first part (a header link is
  // current on its page and the pages below it, react-router's NavLink rule), and whether the
  // library's link is lit (a plan's own screens belong to the library). The header is drawn again
  // only when these change, not for a click between a plan's sections.
  const { pathname } = useLocation();
  const current = pathname === '/' ? '/' : `/${pathname.split('/')[1] ?? ''}`;
  const libraryLit = pathname === '/' || pathname.startsWith('/plans') || pathname.startsWith('/import');

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
        <AppHeader current={current} libraryLit={libraryLit} navigate={navigate} onHelp={help.open} />
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
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
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
