import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTarget, IconTrash } from '@tabler/icons-react';
import {
  addRecord,
  defaultGoalDirection,
  goalDirections,
  goalMetrics,
  goalUnits,
  newId,
  removeRecord,
  updateRecord,
  type Goal,
  type GoalId,
} from '../../../../shared/domain';
import { checkGoalSmart } from '../../../../shared/planning/smart';
import { CommitNumberInput, CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { EmptyState } from '../../components/EmptyState';
import { IsoDateInput } from '../../components/IsoDateInput';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages, useFormat } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';
import { formatGoalTarget } from '../review/formatValue';

export function GoalsScreen() {
  const m = useAppMessages();
  const f = useFormat();
  const doc = usePlanDoc();
  const commit = useCommit();
  const set = (id: string, patch: Partial<Goal>) =>
    commit(m.goals.title, (d) => updateRecord(d, 'goals', id, patch));
  const add = () =>
    commit(m.goals.add, (d) =>
      addRecord(d, 'goals', {
        id: newId<GoalId>(),
        planId: d.plan.id,
        title: m.goals.newGoal,
        metric: null,
        unit: 'count',
        customUnit: '',
        target: null,
        direction: 'higher',
        targetMax: null,
        baseline: null,
        baselinePeriod: '',
        deadline: d.plan.endDate,
        owner: '',
        rationale: '',
        weight: 0,
        order: 0,
      }),
    );
  const weightSum = doc.goals.reduce((s, g) => s + g.weight, 0);

  const valueInput = (g: Goal, field: 'target' | 'targetMax' | 'baseline', label: string) => {
    if (g.unit === 'money')
      return (
        <MoneyInput
          label={label}
          valueMinor={g[field]}
          currency={doc.plan.currency}
          allowEmpty
          onCommitMinor={(v) => set(g.id, { [field]: v })}
          size="xs"
        />
      );
    if (g.unit === 'rate')
      return (
        <PercentInput
          label={label}
          valueFraction={g[field]}
          onCommitFraction={(v) => set(g.id, { [field]: v })}
          size="xs"
          max={10_000}
        />
      );
    return (
      <CommitNumberInput
        label={label}
        value={g[field]}
        onCommit={(v) => set(g.id, { [field]: v })}
        size="xs"
      />
    );
  };

  return (
    <ScreenFrame
      title={m.goals.title}
      intro={m.goals.intro}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add} data-testid="add-goal">
          {m.goals.add}
        </Button>
      }
    >
      {doc.goals.length === 0 && (
        <EmptyState
          icon={<IconTarget />}
          body={m.goals.empty}
          action={<Button onClick={add}>{m.goals.add}</Button>}
        />
      )}
      {doc.goals.length > 0 && Math.abs(weightSum - 1) > 0.001 && weightSum > 0 && (
        <Text size="sm" c="orange.8">
          {m.goals.weightsSum(f.percent(weightSum))}
        </Text>
      )}
      {doc.goals.map((g) => {
        const smart = checkGoalSmart(g);
        const flags = [
          ...smart.missing.map((k) => `${m.goals.missing} ${m.goals.missingItem[k]}`),
          ...smart.conflicts.map((k) => m.goals.conflict[k]),
        ];
        return (
          <Card key={g.id} withBorder padding="sm" data-testid="goal-card">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <CommitTextInput
                  value={g.title}
                  onCommit={(v) => set(g.id, { title: v })}
                  aria-label={m.goals.goalTitle}
                  style={{ flex: 1 }}
                  fw={600}
                />
                {smart.isSmart ? (
                  <Badge color="green" variant="light">
                    {m.goals.smartOk}
                  </Badge>
                ) : (
                  <Tooltip label={flags.join(', ')}>
                    <Badge color="orange" variant="light" tt="none" data-testid="smart-warning">
                      {[
                        ...(smart.missing.length > 0
                          ? [
                              `${m.goals.missing} ${smart.missing.map((k) => m.goals.missingItem[k]).join(' · ')}`,
                            ]
                          : []),
                        ...smart.conflicts.map((k) => m.goals.conflict[k]),
                      ].join(' · ')}
                    </Badge>
                  </Tooltip>
                )}
                <Badge variant="outline" color="gray" tt="none" data-testid="goal-target">
                  {m.goals.goalTarget} {formatGoalTarget(f, g, doc.plan.currency)}
                </Badge>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={m.common.delete}
                  onClick={() => commit(m.common.delete, (d) => removeRecord(d, 'goals', g.id))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="xs">
                <Select
                  size="xs"
                  label={m.goals.metric}
                  value={g.metric}
                  data={goalMetrics.map((x) => ({ value: x, label: m.enums.goalMetric[x] }))}
                  onChange={(v) => {
                    const metric = (v as Goal['metric']) ?? null;
                    set(g.id, { metric, direction: defaultGoalDirection(metric) });
                  }}
                  clearable
                />
                <Select
                  size="xs"
                  label={m.goals.direction}
                  value={g.direction}
                  allowDeselect={false}
                  data={goalDirections.map((x) => ({ value: x, label: m.enums.goalDirection[x] }))}
                  onChange={(v) => v && set(g.id, { direction: v as Goal['direction'] })}
                  data-testid="goal-direction"
                />
                <Select
                  size="xs"
                  label={m.goals.unit}
                  value={g.unit}
                  allowDeselect={false}
                  data={goalUnits.map((x) => ({ value: x, label: m.enums.goalUnit[x] }))}
                  onChange={(v) =>
                    v && set(g.id, { unit: v as Goal['unit'], target: null, targetMax: null, baseline: null })
                  }
                />
                {valueInput(g, 'target', g.direction === 'range' ? m.goals.targetLow : m.goals.target)}
                {g.direction === 'range' && valueInput(g, 'targetMax', m.goals.targetHigh)}
                {valueInput(g, 'baseline', m.goals.baseline)}
                <CommitTextInput
                  size="xs"
                  label={m.goals.baselinePeriod}
                  value={g.baselinePeriod}
                  onCommit={(v) => set(g.id, { baselinePeriod: v })}
                />
                <IsoDateInput
                  size="xs"
                  label={m.goals.deadline}
                  value={g.deadline}
                  onChange={(v) => set(g.id, { deadline: v })}
                  clearable
                />
                <CommitTextInput
                  size="xs"
                  label={m.goals.owner}
                  value={g.owner}
                  onCommit={(v) => set(g.id, { owner: v })}
                />
                <PercentInput
                  size="xs"
                  label={m.goals.weight}
                  valueFraction={g.weight}
                  onCommitFraction={(v) => set(g.id, { weight: v ?? 0 })}
                />
              </SimpleGrid>
              <CommitTextInput
                size="xs"
                label={m.goals.rationale}
                value={g.rationale}
                onCommit={(v) => set(g.id, { rationale: v })}
              />
            </Stack>
          </Card>
        );
      })}
    </ScreenFrame>
  );
}
