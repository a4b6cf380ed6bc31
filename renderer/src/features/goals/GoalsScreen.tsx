import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import {
  defaultGoalDirection,
  goalDirections,
  goalMetrics,
  goalUnits,
  newRecord,
  type Goal,
} from '../../../../shared/domain';
import { checkGoalSmart } from '../../../../shared/planning/smart';
import { shownUnit } from '../../../../shared/review/attainment';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommitNumberInput, CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { IsoDateInput } from '../../components/IsoDateInput';
import { DeleteRecordButton, RecordListScreen, useRecordList } from '../../components/RecordList';
import { useAppMessages, useFormat } from '../../i18n';
import { formatGoalTarget } from '../review/formatValue';
import { recordFields } from '../../components/recordFields';

export function GoalsScreen() {
  const m = useAppMessages();
  const f = useFormat();
  const list = useRecordList('goals', m.goals, (d) =>
    newRecord('goals', d.plan.id, { title: m.goals.newGoal, deadline: d.plan.endDate }),
  );
  const { doc, set } = list;
  const weightSum = list.records.reduce((s, g) => s + g.weight, 0);

  /** A target or baseline in the goal's unit: money, a percentage, or a plain number. */
  const valueInput = (g: Goal, field: 'target' | 'targetMax' | 'baseline', label: string) => {
    const value = g[field];
    const store = (v: number | null) => set(g.id, { [field]: v });
    const unit = shownUnit(g.metric, g.unit);
    if (unit === 'money')
      return (
        <MoneyInput
          label={label}
          size="xs"
          valueMinor={value}
          currency={doc.plan.currency}
          allowEmpty
          isNonNegative
          onCommitMinor={store}
        />
      );
    if (unit === 'rate')
      return (
        <PercentInput label={label} size="xs" valueFraction={value} onCommitFraction={store} max={10_000} />
      );
    return <CommitNumberInput label={label} size="xs" value={value} onCommit={store} />;
  };

  return (
    <RecordListScreen list={list} addTestId="add-goal" emptyIcon={<IconTarget />}>
      {Math.abs(weightSum - 1) > 0.001 && weightSum > 0 && (
        <Text size="sm" c="orange.8">
          {m.goals.weightsSum(f.percent(weightSum))}
        </Text>
      )}
      {list.records.map((g) => {
        const smart = checkGoalSmart(g);
        const field = recordFields(g, set);
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
                <DeleteRecordButton iconSize={16} onDelete={() => list.remove(g.id)} />
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
                  // "ROAS (GMV ÷ paid media spend)" is wider than a sixth of the card: whole as a tooltip.
                  title={g.metric ? m.enums.goalMetric[g.metric] : undefined}
                />
                {field.choice('direction', m.goals.direction, goalDirections, m.enums.goalDirection, {
                  'data-testid': 'goal-direction',
                })}
                <ChoiceSelect
                  label={m.goals.unit}
                  value={g.unit}
                  choices={goalUnits}
                  labels={m.enums.goalUnit}
                  onChange={(unit) => set(g.id, { unit, target: null, targetMax: null, baseline: null })}
                />
                {valueInput(g, 'target', g.direction === 'range' ? m.goals.targetLow : m.goals.target)}
                {g.direction === 'range' && valueInput(g, 'targetMax', m.goals.targetHigh)}
                {valueInput(g, 'baseline', m.goals.baseline)}
                {/* "Last year’s 双11, same period" is longer than a sixth of the card. */}
                {field.text('baselinePeriod', m.goals.baselinePeriod, { title: g.baselinePeriod })}
                <IsoDateInput
                  size="xs"
                  label={m.goals.deadline}
                  value={g.deadline}
                  onChange={(v) => set(g.id, { deadline: v })}
                  clearable
                />
                {field.text('owner', m.goals.owner)}
                <PercentInput
                  size="xs"
                  label={m.goals.weight}
                  valueFraction={g.weight}
                  onCommitFraction={(v) => set(g.id, { weight: v ?? 0 })}
                />
              </SimpleGrid>
              {field.text('rationale', m.goals.rationale)}
            </Stack>
          </Card>
        );
      })}
    </RecordListScreen>
  );
}
