import { Alert, Box, Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router-dom';
import type { PlanId } from '../../../../shared/domain';
import { useAppMessages } from '../../i18n';
import { isTrashed, usePlanHeading, usePlanStore } from '../../state/planStore';
import { PlanNav } from './PlanNav';
import { usePlanUndoKeys } from './usePlanUndoKeys';

export function PlanLayout() {
  const { planId, tab } = useParams();
  const m = useAppMessages();
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
      <PlanNav
        planId={plan.id}
        name={plan.name}
        startDate={plan.startDate}
        endDate={plan.endDate}
        active={active}
        navigate={navigate}
      />
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
