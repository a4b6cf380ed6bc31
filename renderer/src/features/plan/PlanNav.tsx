import { memo, type ReactNode } from 'react';
import { Box, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBulb,
  IconCalendarStats,
  IconChartBar,
  IconChecklist,
  IconCoin,
  IconFileSpreadsheet,
  IconFlag,
  IconHeartRateMonitor,
  IconLayoutDashboard,
  IconListDetails,
  IconPackage,
  IconShieldExclamation,
  IconSpeakerphone,
  IconTargetArrow,
  IconTicket,
  IconTimeline,
} from '@tabler/icons-react';
import type { NavigateFunction } from 'react-router-dom';
import { useAppMessages, useFormat } from '../../i18n';
import { PlanNavItem } from './PlanNavItem';
import { planTabs, type PlanTabId } from './tabs';

const icons: Record<PlanTabId, ReactNode> = {
  overview: <IconLayoutDashboard size={16} />,
  goals: <IconTargetArrow size={16} />,
  phases: <IconFlag size={16} />,
  tasks: <IconListDetails size={16} />,
  timeline: <IconTimeline size={16} />,
  channels: <IconSpeakerphone size={16} />,
  budget: <IconCoin size={16} />,
  promotions: <IconTicket size={16} />,
  products: <IconPackage size={16} />,
  forecast: <IconChartBar size={16} />,
  risks: <IconShieldExclamation size={16} />,
  checklist: <IconChecklist size={16} />,
  warroom: <IconHeartRateMonitor size={16} />,
  review: <IconBulb size={16} />,
  io: <IconFileSpreadsheet size={16} />,
};

/**
 * The plan's side bar: its name and dates, and its sections. Memoised on what it shows, so a
 * click between sections (which draws the layout again) draws only the two links that change.
 */
export const PlanNav = memo(function PlanNav({
  planId,
  name,
  startDate,
  endDate,
  active,
  navigate,
}: {
  planId: string;
  name: string;
  startDate: string;
  endDate: string;
  active: string;
  navigate: NavigateFunction;
}) {
  const m = useAppMessages();
  const f = useFormat();
  return (
    <Box
      component="nav"
      aria-label={name}
      w={200}
      className="cd-no-print"
      style={{ borderRight: '1px solid var(--mantine-color-gray-3)', flexShrink: 0 }}
    >
      <ScrollArea h="100%">
        <Stack gap={0} p="xs">
          <Box px="xs" py={6}>
            <Text fw={700} size="sm" lineClamp={2} data-testid="plan-title">
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {f.date(startDate, 'short')} – {f.date(endDate, 'short')}
            </Text>
          </Box>
          {planTabs.map((t) => (
            <PlanNavItem
              key={t.id}
              to={`/plans/${planId}/${t.id}`}
              label={m.tabs[t.id]}
              icon={icons[t.id] ?? <IconCalendarStats size={16} />}
              active={active === t.id}
              testId={`tab-${t.id}`}
              navigate={navigate}
            />
          ))}
        </Stack>
      </ScrollArea>
    </Box>
  );
});
