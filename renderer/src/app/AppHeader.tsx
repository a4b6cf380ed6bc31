import { memo, type CSSProperties } from 'react';
import { ActionIcon, Button, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import {
  IconArchive,
  IconCalendarDollar,
  IconCalendarMonth,
  IconChartGridDots,
  IconKeyboard,
  IconLayoutList,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import type { NavigateFunction } from 'react-router-dom';
import type { Locale } from '../../../shared/i18n/locale';
import { routeLink } from '../components/routeLink';
import { useAppMessages, useLocale, useMessages } from '../i18n';
import { messages as backupMessages } from '../features/backups/messages';
import { messages as yearBudgetMessages } from '../features/yearBudget/messages';
import { yearMessages } from '../features/year/messages';
import { peopleMessages } from '../features/people/messages';
import { usePlanStore } from '../state/planStore';
import { useSettingsStore } from '../state/settingsStore';
import { PlanUndoRedoButtons } from './PlanUndoRedoButtons';
import { SaveStatus } from './SaveStatus';

/**
 * The app's header: its links, the save state, undo/redo, the language and the shortcut sheet.
 * Memoised on where the planner is, as the layout works it out (`current`: the link whose page or
 * a page below it is on view, marked `aria-current` as react-router's NavLink marked it;
 * `libraryLit`: the library's link stands in the accent colour, a plan's screens belonging to it),
 * so a click between a plan's sections does not draw the header again.
 */
export const AppHeader = memo(function AppHeader({
  current,
  libraryLit,
  navigate,
  onHelp,
}: {
  current: string | null;
  libraryLit: boolean;
  navigate: NavigateFunction;
  onHelp(): void;
}) {
  const m = useAppMessages();
  const locale = useLocale();
  const setLocale = useSettingsStore((s) => s.setLocale);
  const planOpen = usePlanStore((s) => s.doc !== null);
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
  // The current link in the accent colour, the rest grey. Red text on Mantine's red hover tint is
  // 4.0:1; the current link keeps the paler red-0 under the pointer (5.6:1), which it is right
  // after being clicked.
  const navProps = (to: string) =>
    (to === '/' ? libraryLit : current === to)
      ? { color: 'red', style: { '--button-hover': 'var(--mantine-color-red-0)' } as CSSProperties }
      : { color: 'gray' };
  const marked = (to: string) =>
    current === to ? { className: 'active', 'aria-current': 'page' as const } : {};

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="lg" wrap="nowrap">
        <Text
          fw={700}
          size="lg"
          c="red.7"
          component="a"
          {...routeLink(navigate, '/')}
          {...marked('/')}
          // One line: with the save badge and undo beside the English menu, "Campaign Desk" broke in two.
          style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}
        >
          {m.appName}
        </Text>
        <Group gap={4} wrap="nowrap">
          {navLinks.map(({ to, label, icon: Icon, testId }) => (
            <Button
              key={to}
              component="a"
              {...routeLink(navigate, to)}
              {...marked(to)}
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
          <ActionIcon variant="subtle" color="gray" aria-label={m.nav.shortcuts} onClick={onHelp}>
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
});
