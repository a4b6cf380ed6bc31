import { Button, Card, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus, IconScale } from '@tabler/icons-react';
import type { GoalId, PlanDocument } from '../../../../shared/domain';
import { reviewOf } from '../../../../shared/review/recipes';
import type { CompositeScore } from '../../../../shared/review/score';
import { CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { useFormat, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import {
  addIndicatorEdit,
  removeIndicatorEdit,
  renameIndicatorEdit,
  setFuzzyEdit,
  setIndicatorGoalEdit,
  setIndicatorWeightEdit,
  setMethodEdit,
} from './reviewEdits';
import { messages } from './messages';
import { AhpEditor } from './AhpEditor';
import { FuzzyEditor } from './FuzzyEditor';
import { ScoreResult } from './ScoreResult';
import { RemoveButton } from '../../components/RemoveButton';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';
import { ChoiceSegments } from '../../components/ChoiceSegments';
import { EmptyState } from '../../components/EmptyState';
import { GoToTabButton } from '../../components/GoToTabButton';
import { scoreTableCells } from './scoreText';

export function ScoreSection({ doc, score }: { doc: PlanDocument; score: CompositeScore }) {
  const m = useMessages(messages);
  const f = useFormat();
  const scoreCells = scoreTableCells(f, score.rows);
  const review = reviewOf(doc);
  const names = review.indicators.map((i) => i.name);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {m.score.method}
          </Text>
          <ChoiceSegments<'direct' | 'ahp'>
            value={review.method}
            choices={['direct', 'ahp'] as const}
            labels={m.score}
            onChange={(method) => runEdit(setMethodEdit, method)}
            data-testid="score-method"
            aria-label={m.score.method}
          />
        </div>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => runEdit(addIndicatorEdit, { name: m.score.newIndicator })}
        >
          {m.score.addIndicator}
        </Button>
      </Group>

      {review.indicators.length === 0 ? (
        <EmptyState
          icon={<IconScale />}
          body={doc.goals.length === 0 ? m.score.emptyNoGoals : m.score.empty}
          action={
            doc.goals.length === 0 ? (
              <GoToTabButton planId={doc.plan.id} tab="goals" testId="score-to-goals" />
            ) : (
              <Button size="xs" onClick={() => runEdit(addIndicatorEdit, { name: m.score.newIndicator })}>
                {m.score.addIndicator}
              </Button>
            )
          }
        />
      ) : (
        <>
          <Table withTableBorder fz="sm" data-testid="score-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.score.indicator}</Table.Th>
                <Table.Th>{m.score.goal}</Table.Th>
                <Table.Th ta="right">{m.score.weight}</Table.Th>
                <Table.Th ta="right">{m.score.attainment}</Table.Th>
                <Table.Th ta="right">{m.score.points}</Table.Th>
                <Table.Th ta="right">{m.score.contribution}</Table.Th>
                <ActionsColumnHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {score.rows.map((row, r) => {
                const cells = scoreCells[r] ?? ['', '', '', ''];
                return (
                  <Table.Tr key={row.indicator.id}>
                    <Table.Td>
                      <CommitTextInput
                        size="xs"
                        isRequired
                        value={row.indicator.name}
                        aria-label={m.score.indicator}
                        onCommit={(v) =>
                          runEdit(renameIndicatorEdit, { id: row.indicator.id, patch: { name: v } })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={m.score.goal}
                        value={row.indicator.goalId ?? ''}
                        data={[
                          { value: '', label: m.score.noGoal },
                          ...doc.goals.map((g) => ({ value: g.id, label: g.title || g.metric || g.id })),
                        ]}
                        onChange={(v) =>
                          runEdit(setIndicatorGoalEdit, {
                            id: row.indicator.id,
                            patch: { goalId: v ? (v as GoalId) : null },
                          })
                        }
                        allowDeselect={false}
                      />
                    </Table.Td>
                    <Table.Td ta="right">
                      {review.method === 'direct' ? (
                        <PercentInput
                          size="xs"
                          w={100}
                          aria-label={m.score.weight}
                          valueFraction={row.indicator.weight}
                          onCommitFraction={(v) =>
                            runEdit(setIndicatorWeightEdit, {
                              id: row.indicator.id,
                              patch: { weight: v ?? 0 },
                            })
                          }
                        />
                      ) : (
                        cells[0]
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{cells[1]}</Table.Td>
                    <Table.Td ta="right">
                      {cells[2]}
                      {row.isCapped && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({m.score.capped})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{cells[3]}</Table.Td>
                    <Table.Td>
                      <RemoveButton
                        label={m.score.remove}
                        onRemove={() => runEdit(removeIndicatorEdit, row.indicator.id)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {score.weightsNormalised && (
            <Text size="xs" c="orange.8">
              {m.score.weightsNormalised(
                f.percent(
                  review.indicators.reduce((s, i) => s + i.weight, 0),
                  1,
                ),
              )}
            </Text>
          )}

          {review.method === 'ahp' && review.indicators.length > 0 && (
            <AhpEditor doc={doc} score={score} names={names} />
          )}

          <ScoreResult score={score} names={names} m={m} f={f} />

          <Card withBorder padding="sm">
            <Switch
              label={m.score.fuzzy}
              checked={review.useFuzzy}
              onChange={(e) => runEdit(setFuzzyEdit, e.currentTarget.checked)}
              data-testid="fuzzy-switch"
            />
            {review.useFuzzy && <FuzzyEditor score={score} />}
          </Card>
        </>
      )}
    </Stack>
  );
}
