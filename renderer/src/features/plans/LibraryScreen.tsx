import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Menu,
  ScrollArea,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowsDiff,
  IconCalendarEvent,
  IconCalendarRepeat,
  IconCopy,
  IconDots,
  IconFileSpreadsheet,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { PlanId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { confirmDestructive } from '../../components/confirm';
import { useAppMessages, useFormat, useMessages } from '../../i18n';
import { newFromExcelMessages } from '../io/newFromExcelMessages';
import { useNewFromExcel } from '../io/useNewFromExcel';
import { rollForwardMessages } from '../rollforward/messages';
import { compareMessages } from '../compare/messages';
import { useLibraryStore, type PlanSummary } from '../../state/libraryStore';
import { afterFirstPaint } from '../../app/afterFirstPaint';
import { filterAndSortPlans, type PlanSort } from './librarySelectors';

// The two dialogs carry the templates and the date picker: they load when first opened (and are
// fetched in idle time once the library is painted), not with the library.
const loadDialogs = {
  newPlan: () => import('./NewPlanModal'),
  duplicate: () => import('./DuplicatePlanModal'),
  rollForward: () => import('../rollforward/RollForwardModal'),
};
const NewPlanModal = lazy(async () => ({ default: (await loadDialogs.newPlan()).NewPlanModal }));
const DuplicatePlanModal = lazy(async () => ({
  default: (await loadDialogs.duplicate()).DuplicatePlanModal,
}));
const RollForwardModal = lazy(async () => ({
  default: (await loadDialogs.rollForward()).RollForwardModal,
}));

export function LibraryScreen() {
  const m = useAppMessages();
  const excel = useMessages(newFromExcelMessages);
  const roll = useMessages(rollForwardMessages);
  const newFromExcel = useNewFromExcel();
  const f = useFormat();
  const { plans, isLoaded, refresh, setArchived, moveToTrash } = useLibraryStore();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PlanSort>('updated');
  const [showArchived, setShowArchived] = useState(false);
  const [params, setParams] = useSearchParams();
  const [duplicating, setDuplicating] = useState<PlanSummary | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Plans ticked for "compare" (issue 14.4), in the order ticked: the first is the reference.
  const [picked, setPicked] = useState<string[]>([]);
  const cmp = useMessages(compareMessages);
  const navigate = useNavigate();
  const isNewOpen = params.get('new') === '1';
  // ?roll=<planId>: the roll-forward dialog, also opened from a plan's overview and the palette.
  const rollingId = (params.get('roll') as PlanId | null) ?? null;
  const [rollUsed, setRollUsed] = useState(rollingId !== null);
  if (rollingId !== null && !rollUsed) setRollUsed(true);
  // Mounted from the first opening on, so each dialog keeps its closing transition.
  const [newUsed, setNewUsed] = useState(isNewOpen);
  const [duplicateUsed, setDuplicateUsed] = useState(false);
  if (isNewOpen && !newUsed) setNewUsed(true);
  if (duplicating && !duplicateUsed) setDuplicateUsed(true);
  const openNew = () => setParams({ new: '1' });

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      afterFirstPaint(
        () => {
          for (const load of Object.values(loadDialogs)) load().catch(() => undefined);
        },
        { delayMs: 2000 },
      ),
    [],
  );

  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['N', openNew],
  ]);

  const visible = useMemo(
    () => filterAndSortPlans(plans, { query, sort, showArchived }),
    [plans, query, sort, showArchived],
  );
  const active = plans.filter((p) => p.plan.deletedAt === null);

  async function trash(summary: PlanSummary) {
    const ok = await confirmDestructive({
      title: m.library.moveToTrash,
      body: m.library.trashConfirm(summary.plan.name),
      confirmLabel: m.library.moveToTrash,
      cancelLabel: m.common.cancel,
    });
    if (!ok) return;
    await moveToTrash(summary.plan.id);
    notifications.show({ message: m.library.movedToTrash(summary.plan.name) });
  }

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))">
      <Stack p="lg" gap="md" maw={1280} mx="auto">
        <Group justify="space-between" align="flex-end">
          <Box>
            <Title order={1} size="h2">
              {m.library.title}
            </Title>
            <Text c="dimmed" size="sm">
              {m.library.subtitle}
            </Text>
          </Box>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void newFromExcel.pick()}
              data-testid="new-from-excel"
            >
              {excel.action}
            </Button>
            {picked.length > 0 && (
              <Button
                variant="light"
                leftSection={<IconArrowsDiff size={16} />}
                disabled={picked.length < 2}
                onClick={() => navigate(`/compare?plans=${picked.join(',')}`)}
                data-testid="compare-selected"
              >
                {cmp.compareSelected(picked.length)}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={openNew} data-testid="new-plan">
              {m.library.newPlan}
            </Button>
          </Group>
        </Group>
        {isLoaded && active.length === 0 ? (
          <EmptyState
            icon={<IconCalendarEvent />}
            title={m.library.emptyTitle}
            body={m.library.emptyBody}
            action={
              <Button onClick={openNew} leftSection={<IconPlus size={16} />}>
                {m.library.emptyAction}
              </Button>
            }
          />
        ) : (
          <>
            <Group gap="md">
              <TextInput
                ref={searchRef}
                aria-label={m.common.search}
                placeholder={m.library.searchPlaceholder}
                leftSection={<IconSearch size={16} />}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                w={340}
              />
              <Select
                aria-label={m.library.sortBy}
                value={sort}
                onChange={(v) => setSort((v as PlanSort) ?? 'updated')}
                data={[
                  { value: 'updated', label: m.library.sortUpdated },
                  { value: 'name', label: m.library.sortName },
                  { value: 'peak', label: m.library.sortPeak },
                ]}
                w={160}
                allowDeselect={false}
              />
              <Switch
                label={m.library.showArchived}
                checked={showArchived}
                onChange={(e) => setShowArchived(e.currentTarget.checked)}
              />
            </Group>
            {visible.length === 0 && query.trim() === '' && !showArchived ? (
              <Group gap="xs" data-testid="all-archived">
                <Text c="dimmed">{m.library.allArchived(active.length)}</Text>
                <Button variant="subtle" size="compact-sm" onClick={() => setShowArchived(true)}>
                  {m.library.showArchived}
                </Button>
              </Group>
            ) : visible.length === 0 ? (
              <Text c="dimmed">{m.library.noMatch(query)}</Text>
            ) : (
              <Table highlightOnHover verticalSpacing="sm" data-testid="plan-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <VisuallyHidden>{cmp.nav}</VisuallyHidden>
                    </Table.Th>
                    <Table.Th>{m.newPlan.name}</Table.Th>
                    <Table.Th>{m.newPlan.type}</Table.Th>
                    <Table.Th>{m.library.peak}</Table.Th>
                    <Table.Th>{m.overview.status}</Table.Th>
                    <Table.Th>{m.tabs.tasks}</Table.Th>
                    <Table.Th>{m.library.updated}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{m.common.actions}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visible.map((s) => (
                    <Table.Tr key={s.plan.id} data-testid="plan-row">
                      <Table.Td w={36}>
                        <Checkbox
                          aria-label={cmp.selectPlan(s.plan.name)}
                          checked={picked.includes(s.plan.id)}
                          disabled={!picked.includes(s.plan.id) && picked.length >= 4}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setPicked((p) => (on ? [...p, s.plan.id] : p.filter((id) => id !== s.plan.id)));
                          }}
                          data-testid="compare-check"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text
                          component={Link}
                          to={`/plans/${s.plan.id}/overview`}
                          fw={600}
                          c="inherit"
                          style={{ textDecoration: 'none' }}
                        >
                          {s.plan.name}
                        </Text>
                        {s.plan.theme && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {s.plan.theme}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light">{m.enums.planType[s.plan.type]}</Badge>
                        {s.plan.archivedAt && (
                          <Badge variant="outline" color="gray" ml={4}>
                            {m.library.archived}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{f.date(s.plan.peakDate)}</Table.Td>
                      <Table.Td>{m.enums.planStatus[s.plan.status]}</Table.Td>
                      <Table.Td>{m.library.tasks(s.taskCount)}</Table.Td>
                      <Table.Td>{new Date(s.plan.updatedAt).toLocaleString(f.locale)}</Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`${m.common.actions}: ${s.plan.name}`}
                            >
                              <IconDots size={18} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => navigate(`/plans/${s.plan.id}/overview`)}>
                              {m.library.open}
                            </Menu.Item>
                            <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => setDuplicating(s)}>
                              {m.library.duplicate}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconCalendarRepeat size={14} />}
                              onClick={() => setParams({ roll: s.plan.id })}
                              data-testid="roll-forward-menu"
                            >
                              {roll.action}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconArchive size={14} />}
                              onClick={() => void setArchived(s.plan.id as PlanId, !s.plan.archivedAt)}
                            >
                              {s.plan.archivedAt ? m.library.unarchive : m.library.archive}
                            </Menu.Item>
                            <Menu.Divider />
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() => void trash(s)}
                            >
                              {m.library.moveToTrash}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
      <Suspense fallback={null}>
        {newUsed && <NewPlanModal opened={isNewOpen} onClose={() => setParams({})} />}
        {duplicateUsed && <DuplicatePlanModal summary={duplicating} onClose={() => setDuplicating(null)} />}
        {rollUsed && <RollForwardModal planId={rollingId} onClose={() => setParams({})} />}
      </Suspense>
    </ScrollArea>
  );
}
