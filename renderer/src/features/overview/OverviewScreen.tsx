import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalendarRepeat, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  diffDays,
  keyMomentKinds,
  knownPlatforms,
  newId,
  planStatuses,
  planTypes,
  todayIso,
  type KeyMoment,
  type Plan,
} from '../../../../shared/domain';
import { notifications } from '@mantine/notifications';
import { CommitTextarea, CommitTextInput, CommitTimeText } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { IsoDateInput } from '../../components/IsoDateInput';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages, useFormat, useMessages } from '../../i18n';
import { Link, useSearchParams } from 'react-router-dom';
import { RollForwardModal } from '../rollforward/RollForwardModal';
import { rollForwardMessages } from '../rollforward/messages';
import { usePlanDoc } from '../../state/planStore';
import { runEdit } from '../../state/editActions';
import type { AppMessages } from '../../i18n/messages';
import { setPlanFieldsEdit } from './overviewEdits';
import { taskScheduleMessages } from '../tasks/messages';
import { countOverdue } from '../../../../shared/planning/scheduling';
import { PlanTagsInput } from './PlanTagsInput';
import { EarlierLessonsPanel } from '../review/LessonsSection';
import { useEarlierLessons } from '../review/useEarlierLessons';
import { ChoiceSelect } from '../../components/ChoiceSelect';

const currencies = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD', 'AUD', 'KRW'];

export function OverviewScreen() {
  const m = useAppMessages();
  const s = useMessages(taskScheduleMessages);
  const f = useFormat();
  const doc = usePlanDoc();
  const { plan } = doc;
  const set = (field: (t: AppMessages) => string, patch: Partial<Plan>) =>
    runEdit(setPlanFieldsEdit, { field, patch });
  /** The plan's type, status or currency: one of a fixed list. */
  const choice = <K extends 'type' | 'status' | 'currency'>(
    field: K,
    choices: readonly Plan[K][],
    labels?: Readonly<Record<Plan[K], string>>,
  ) => (
    <ChoiceSelect
      size="sm"
      label={m.overview[field]}
      value={plan[field]}
      choices={choices}
      labels={labels}
      onChange={(v) => set((t) => t.overview[field], { [field]: v })}
    />
  );
  const setMoment = (id: string, patch: Partial<KeyMoment>) =>
    set((t) => t.overview.keyMoments, {
      keyMoments: plan.keyMoments.map((k) => (k.id === id ? { ...k, ...patch } : k)),
    });
  const milestones = doc.tasks.filter((t) => t.isMilestone).length;
  const checklistDone = doc.checklist.filter((c) => c.done).length;
  const today = todayIso();
  const daysToPeak = diffDays(today, plan.peakDate);
  const overdue = countOverdue(doc.tasks, today);
  // A plan made from an earlier one, or of a type run before, opens with those lessons in view.
  const earlier = useEarlierLessons(plan);
  const roll = useMessages(rollForwardMessages);
  const [params, setParams] = useSearchParams();
  const isRolling = params.get('roll') === '1';

  return (
    <ScreenFrame
      title={m.overview.title}
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCalendarRepeat size={14} />}
          onClick={() => setParams({ roll: '1' })}
          data-testid="roll-forward-open"
        >
          {roll.action}
        </Button>
      }
    >
      <RollForwardModal planId={isRolling ? plan.id : null} onClose={() => setParams({})} />
      <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm">
        {(
          [
            [m.overview.statTasks, doc.tasks.length],
            [m.overview.statMilestones, milestones],
            [m.overview.statGoals, doc.goals.length],
            [m.overview.statRisks, doc.risks.length],
            [m.overview.statChecklist, `${checklistDone}/${doc.checklist.length}`],
          ] as const
        ).map(([label, value]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl" data-testid={`stat-${label}`}>
              {value}
            </Text>
          </Paper>
        ))}
        <Paper
          withBorder
          p="sm"
          component={Link}
          to={`/plans/${plan.id}/tasks?show=overdue`}
          title={s.openOverdue}
          style={{
            textDecoration: 'none',
            color: 'inherit',
            borderColor: overdue > 0 ? 'var(--mantine-color-orange-6)' : undefined,
          }}
        >
          <Text size="xs" c={overdue > 0 ? 'orange.9' : 'dimmed'}>
            {s.statOverdue}
          </Text>
          <Text fw={700} size="xl" c={overdue > 0 ? 'orange.9' : undefined} data-testid="stat-overdue">
            {overdue}
          </Text>
        </Paper>
      </SimpleGrid>
      <Text size="sm" c="red.7" fw={600}>
        {m.overview.daysToPeak(daysToPeak)}
      </Text>
      {earlier !== null && earlier.length > 0 && <EarlierLessonsPanel doc={doc} />}
      <Card withBorder>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <CommitTextInput
              label={m.overview.name}
              value={plan.name}
              isRequired
              onCommit={(v) => set((t) => t.overview.name, { name: v })}
              data-testid="overview-name"
            />
            <CommitTextInput
              label={m.overview.theme}
              value={plan.theme}
              onCommit={(v) => set((t) => t.overview.theme, { theme: v })}
            />
          </Group>
          <Group grow align="flex-start">
            {choice('type', planTypes, m.enums.planType)}
            {choice('status', planStatuses, m.enums.planStatus)}
            {choice('currency', currencies)}
          </Group>
          <MultiSelect
            label={m.overview.platforms}
            placeholder={m.overview.platformsPlaceholder}
            data={[...new Set([...knownPlatforms, ...plan.platforms])].map((p) => ({
              value: p,
              label: (m.enums.platform as Record<string, string>)[p] ?? p,
            }))}
            value={plan.platforms}
            onChange={(v) => set((t) => t.overview.platforms, { platforms: v })}
            searchable
          />
          <PlanTagsInput />
          <Group grow align="flex-start">
            <IsoDateInput
              label={m.overview.startDate}
              value={plan.startDate}
              onChange={(v) => v && set((t) => t.overview.startDate, { startDate: v })}
            />
            <IsoDateInput
              label={m.overview.endDate}
              value={plan.endDate}
              onChange={(v) => v && set((t) => t.overview.endDate, { endDate: v })}
              error={plan.endDate < plan.startDate ? m.overview.endBeforeStart : undefined}
            />
            <IsoDateInput
              label={m.overview.peakDate}
              value={plan.peakDate}
              onChange={(v) => v && set((t) => t.overview.peakDate, { peakDate: v })}
              error={
                plan.peakDate < plan.startDate || plan.peakDate > plan.endDate
                  ? m.overview.peakOutside
                  : undefined
              }
            />
            <MoneyInput
              label={`${m.tabs.budget} (${plan.currency})`}
              valueMinor={plan.budgetCapMinor}
              currency={plan.currency}
              onCommitMinor={(v) => set((t) => t.tabs.budget, { budgetCapMinor: v })}
              allowEmpty
              isNonNegative
            />
          </Group>
          {plan.budgetCapMinor !== null && (
            <Text size="xs" c="dimmed">
              {f.money(plan.budgetCapMinor, plan.currency)}
            </Text>
          )}
          <Switch
            label={m.overview.worksThroughHolidays}
            description={m.overview.worksThroughHolidaysHint}
            checked={plan.worksThroughHolidays === true}
            onChange={(e) =>
              set((t) => t.overview.worksThroughHolidays, { worksThroughHolidays: e.currentTarget.checked })
            }
            data-testid="works-through-holidays"
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h5">
            {m.overview.keyMoments}
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              set((t) => t.overview.addMoment, {
                keyMoments: [
                  ...plan.keyMoments,
                  { id: newId<string>(), kind: 'custom', label: '', date: plan.peakDate, time: null },
                ],
              })
            }
          >
            {m.overview.addMoment}
          </Button>
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.overview.moment}</Table.Th>
              <Table.Th>{m.overview.label}</Table.Th>
              <Table.Th>{m.overview.momentDate}</Table.Th>
              <Table.Th>{m.overview.time}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{m.common.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.keyMoments.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>
                  <Select
                    size="xs"
                    value={k.kind}
                    allowDeselect={false}
                    data={keyMomentKinds.map((x) => ({ value: x, label: m.enums.keyMoment[x] }))}
                    onChange={(v) => v && setMoment(k.id, { kind: v as KeyMoment['kind'] })}
                    aria-label={m.overview.moment}
                  />
                </Table.Td>
                <Table.Td>
                  <CommitTextInput
                    size="xs"
                    value={k.label}
                    onCommit={(v) => setMoment(k.id, { label: v })}
                    aria-label={m.overview.label}
                  />
                </Table.Td>
                <Table.Td>
                  <IsoDateInput
                    size="xs"
                    value={k.date}
                    onChange={(v) => v && setMoment(k.id, { date: v })}
                    aria-label={m.overview.momentDate}
                  />
                </Table.Td>
                <Table.Td>
                  <CommitTimeText
                    size="xs"
                    value={k.time ?? ''}
                    message={m.common.badTime}
                    onInvalid={(why) =>
                      notifications.show({ color: 'red', message: `${m.overview.time}: ${why}` })
                    }
                    onCommit={(v) => setMoment(k.id, { time: v || null })}
                    aria-label={m.overview.time}
                    w={110}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={m.common.delete}
                    onClick={() =>
                      set((t) => t.common.delete, {
                        keyMoments: plan.keyMoments.filter((x) => x.id !== k.id),
                      })
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">
          {m.overview.audience}
        </Title>
        <Stack gap="sm">
          <CommitTextarea
            label={m.overview.audienceDescription}
            value={plan.audience.description}
            autosize
            minRows={2}
            onCommit={(v) =>
              set((t) => t.overview.audience, { audience: { ...plan.audience, description: v } })
            }
          />
          <Group grow>
            {(['ageRange', 'gender', 'regions', 'habits'] as const).map((field) => (
              <CommitTextInput
                key={field}
                label={m.overview[field]}
                value={plan.audience[field]}
                onCommit={(v) =>
                  set((t) => t.overview.audience, { audience: { ...plan.audience, [field]: v } })
                }
              />
            ))}
          </Group>
        </Stack>
      </Card>
      <CommitTextarea
        label={m.overview.notes}
        value={plan.notes}
        autosize
        minRows={3}
        onCommit={(v) => set((t) => t.overview.notes, { notes: v })}
      />
      {plan.endDate < plan.startDate && <Alert color="red">{m.overview.endBeforeStart}</Alert>}
    </ScreenFrame>
  );
}
