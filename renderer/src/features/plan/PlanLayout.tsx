import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  NavLink as MantineNavLink,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import {
  IconAlertTriangle,
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
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { NavLink, Outlet, useNavigate, useParams } from 'react-router-dom';
import type { PlanId } from '../../../../shared/domain';
import { useAppMessages, useFormat } from '../../i18n';
import { isTrashed, usePlanHeading, usePlanStore } from '../../state/planStore';
import { planTabs, type PlanTabId } from './tabs';
import { usePlanUndoKeys } from './usePlanUndoKeys';

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

export function PlanLayout() {
  const { planId, tab } = useParams();
  const m = useAppMessages();
  const f = useFormat();
  const openPlan = usePlanStore((s) => s.openPlan);
  // Not the document: the layout and its navigation are not drawn again for every edit of the
  // plan (in a war room, every hour another window imports).
  const plan = usePlanHeading();
  const loadError = usePlanStore((s) => s.loadError);
  const restoreFromTrash = usePlanStore((s) => s.restoreFromTrash);
  const navigate = useNavigate();
  usePlanUndoKeys();

  useEffect(() => {
    if (planId) void openPlan(planId as PlanId);
  }, [planId, openPlan]);

  if (loadError) {
    return (
      <Center p="xl">
        <Alert color="red" icon={<IconAlertTriangle />} data-testid="plan-load-error">
          {loadError === 'notFound'
            ? m.errors.planNotFound
            : loadError === 'deletedElsewhere'
              ? m.errors.planDeletedElsewhere
              : m.errors.openFailed(loadError)}
        </Alert>
      </Center>
    );
  }
  if (!plan || plan.id !== planId) {
    return (
      <Center p="xl">
        <Loader aria-label={m.common.loading} />
      </Center>
    );
  }
  const active = tab ?? 'overview';
  return (
    <Group gap={0} align="stretch" wrap="nowrap" h="calc(100dvh - var(--cd-header-height))">
      <Box
        component="nav"
        aria-label={plan.name}
        w={200}
        className="cd-no-print"
        style={{ borderRight: '1px solid var(--mantine-color-gray-3)', flexShrink: 0 }}
      >
        <ScrollArea h="100%">
          <Stack gap={0} p="xs">
            <Box px="xs" py={6}>
              <Text fw={700} size="sm" lineClamp={2} data-testid="plan-title">
                {plan.name}
              </Text>
              <Text size="xs" c="dimmed">
                {f.date(plan.startDate, 'short')} – {f.date(plan.endDate, 'short')}
              </Text>
            </Box>
            {planTabs.map((t) => (
              <MantineNavLink
                key={t.id}
                component={NavLink}
                to={`/plans/${plan.id}/${t.id}`}
                label={m.tabs[t.id]}
                leftSection={icons[t.id] ?? <IconCalendarStats size={16} />}
                active={active === t.id}
                data-testid={`tab-${t.id}`}
              />
            ))}
          </Stack>
        </ScrollArea>
      </Box>
      <Box style={{ flex: 1, minWidth: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
        {isTrashed(plan) && (
          <Alert
            color="orange"
            icon={<IconTrash />}
            role="alert"
            data-testid="plan-in-trash"
            className="cd-no-print"
            style={{ flexShrink: 0 }}
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{m.trash.openPlanInTrash}</Text>
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" onClick={restoreFromTrash} data-testid="plan-restore">
                  {m.trash.restore}
                </Button>
                <Button size="xs" variant="default" onClick={() => navigate('/')}>
                  {m.nav.backToLibrary}
                </Button>
              </Group>
            </Group>
          </Alert>
        )}
        <Outlet />
      </Box>
    </Group>
  );
}
