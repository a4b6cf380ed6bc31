import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  VisuallyHidden,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import type { GoalId, IndicatorId, PlanDocument } from '../../../../shared/domain';
import { SAATY_VALUES, formatJudgement } from '../../../../shared/review/ahp';
import { fuzzyGrades, membershipFromAttainment } from '../../../../shared/review/fuzzy';
import { reviewOf } from '../../../../shared/review/recipes';
import type { CompositeScore, ScoreBlock } from '../../../../shared/review/score';
import { CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { useAppMessages, useFormat, useMessages, type Formatters } from '../../i18n';
import { runEdit } from '../../state/editActions';
import {
  addIndicatorEdit,
  removeIndicatorEdit,
  renameIndicatorEdit,
  setFuzzyEdit,
  setIndicatorGoalEdit,
  setIndicatorWeightEdit,
  setJudgementEdit,
  setMembershipEdit,
  setMethodEdit,
} from './reviewEdits';
import { messages, type ReviewMessages } from './messages';

const saatyOptions = [...SAATY_VALUES]
  .reverse()
  .map((v) => ({ value: String(v), label: formatJudgement(v) }));

function nearestOption(value: number): string {
  return String(
    SAATY_VALUES.reduce(
      (best, s) => (Math.abs(Math.log(s / value)) < Math.abs(Math.log(best / value)) ? s : best),
      1,
    ),
  );
}

export function ScoreSection({ doc, score }: { doc: PlanDocument; score: CompositeScore }) {
  const m = useMessages(messages);
  const { common } = useAppMessages();
  const f = useFormat();
  const review = reviewOf(doc);
  const names = review.indicators.map((i) => i.name);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {m.score.method}
          </Text>
          <SegmentedControl
            size="xs"
            value={review.method}
            onChange={(v) => runEdit(setMethodEdit, v as 'direct' | 'ahp')}
            data={[
              { value: 'direct', label: m.score.direct },
              { value: 'ahp', label: m.score.ahp },
            ]}
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

      <Table withTableBorder fz="sm" data-testid="score-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.score.indicator}</Table.Th>
            <Table.Th>{m.score.goal}</Table.Th>
            <Table.Th ta="right">{m.score.weight}</Table.Th>
            <Table.Th ta="right">{m.score.attainment}</Table.Th>
            <Table.Th ta="right">{m.score.points}</Table.Th>
            <Table.Th ta="right">{m.score.contribution}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{common.actions}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {score.rows.map((row) => (
            <Table.Tr key={row.indicator.id}>
              <Table.Td>
                <CommitTextInput
                  size="xs"
                  isRequired
                  value={row.indicator.name}
                  aria-label={m.score.indicator}
                  onCommit={(v) => runEdit(renameIndicatorEdit, { id: row.indicator.id, patch: { name: v } })}
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
                      runEdit(setIndicatorWeightEdit, { id: row.indicator.id, patch: { weight: v ?? 0 } })
                    }
                  />
                ) : (
                  f.percent(row.weight, 1)
                )}
              </Table.Td>
              <Table.Td ta="right">{row.attainment === null ? '—' : f.percent(row.attainment, 1)}</Table.Td>
              <Table.Td ta="right">
                {row.points === null ? '—' : f.number(row.points, 1)}
                {row.isCapped && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({m.score.capped})
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {row.contribution === null ? '—' : f.number(row.contribution, 2)}
              </Table.Td>
              <Table.Td>
                <Tooltip label={m.score.remove}>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={m.score.remove}
                    onClick={() => runEdit(removeIndicatorEdit, row.indicator.id)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
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
    </Stack>
  );
}

function AhpEditor({ doc, score, names }: { doc: PlanDocument; score: CompositeScore; names: string[] }) {
  const m = useMessages(messages);
  const f = useFormat();
  const review = reviewOf(doc);
  const matrix = review.ahpMatrix ?? [];
  const n = review.indicators.length;
  return (
    <Card withBorder padding="sm" data-testid="ahp-editor">
      <Title order={2} size="h6">
        {m.score.matrixTitle}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {m.score.matrixHint}
      </Text>
      <Table withTableBorder withColumnBorders fz="xs" w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{m.score.indicator}</VisuallyHidden>
            </Table.Th>
            {names.map((name, j) => (
              <Table.Th key={j}>{name}</Table.Th>
            ))}
            <Table.Th>{m.score.weight}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: n }, (_, i) => (
            <Table.Tr key={i}>
              <Table.Th>{names[i]}</Table.Th>
              {Array.from({ length: n }, (_, j) => {
                const value = matrix[i]?.[j] ?? 1;
                if (i === j)
                  return (
                    <Table.Td key={j} ta="center">
                      1
                    </Table.Td>
                  );
                if (j < i)
                  return (
                    <Table.Td key={j} ta="center" c="dimmed">
                      {formatJudgement(value)}
                    </Table.Td>
                  );
                return (
                  <Table.Td key={j}>
                    <Select
                      size="xs"
                      w={72}
                      aria-label={`${names[i]} / ${names[j]}`}
                      data={saatyOptions}
                      value={nearestOption(value)}
                      allowDeselect={false}
                      onChange={(v) =>
                        v && runEdit(setJudgementEdit, { row: i, column: j, value: Number(v) })
                      }
                      data-testid={`ahp-${i}-${j}`}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td ta="right">{score.ahp ? f.percent(score.ahp.weights[i] ?? 0, 1) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {score.ahp && (
        <Group gap="lg" mt="xs" data-testid="ahp-consistency">
          <Text size="sm">
            {m.score.lambdaMax} = {f.number(score.ahp.lambdaMax, 3)}
          </Text>
          <Text size="sm">
            {m.score.ci} = {f.number(score.ahp.ci, 3)}
          </Text>
          <Text size="sm">
            {m.score.cr} = {f.number(score.ahp.cr, 3)}
          </Text>
          <Badge color={score.ahp.isConsistent ? 'green' : 'red'}>
            {score.ahp.isConsistent ? m.score.consistent : m.score.cr + ' ≥ 0.10'}
          </Badge>
        </Group>
      )}
      {score.revisit.length > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={16} />}
          mt="xs"
          title={m.score.inconsistent}
          data-testid="ahp-revisit"
        >
          <Stack gap={2}>
            {score.revisit.map((r) => (
              <Text size="sm" key={`${r.row}-${r.column}`}>
                {m.score.revisit(
                  names[r.row] ?? '',
                  names[r.column] ?? '',
                  formatJudgement(r.judged),
                  formatJudgement(r.suggested),
                )}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Card>
  );
}

export function blockText(
  block: ScoreBlock,
  m: ReviewMessages,
  f: Formatters,
  names: Map<string, string>,
): string {
  switch (block.code) {
    case 'missingAttainment':
      return m.score.blocks.missingAttainment(block.indicatorIds.map((id) => names.get(id) ?? id).join('、'));
    case 'ahpInconsistent':
      return m.score.blocks.ahpInconsistent(f.number(block.cr, 3));
    default:
      return m.score.blocks[block.code];
  }
}

export function ScoreResult({
  score,
  m,
  f,
}: {
  score: CompositeScore;
  names: string[];
  m: ReviewMessages;
  f: Formatters;
}) {
  const byId = new Map(score.rows.map((r) => [r.indicator.id as string, r.indicator.name]));
  return (
    <Card withBorder padding="sm" data-testid="score-result">
      <Group align="baseline" gap="xs">
        <Title order={2} size="h5">
          {m.score.result}
        </Title>
        {score.score !== null ? (
          <Text fz={28} fw={700} data-testid="score-value">
            {f.number(score.score, 1)}
            <Text span size="sm" c="dimmed">
              {' '}
              {m.score.outOf}
            </Text>
          </Text>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Group>
      {score.blocks.map((b, i) => (
        <Text key={i} size="sm" c="red.8">
          {blockText(b, m, f, byId)}
        </Text>
      ))}
      <Text size="xs" c="dimmed" mt={4}>
        {m.score.explanation}
      </Text>
      {score.fuzzy && (
        <Text size="sm" mt={4} data-testid="fuzzy-result">
          {m.score.fuzzyResult(m.score.grades[score.fuzzy.grade])} —{' '}
          {fuzzyGrades
            .map((g, j) => `${m.score.grades[g]} ${f.percent(score.fuzzy?.memberships[j] ?? 0, 1)}`)
            .join(' · ')}
          {score.fuzzy.isTie && ` ${m.score.fuzzyTie}`}
        </Text>
      )}
    </Card>
  );
}

function FuzzyEditor({ score }: { score: CompositeScore }) {
  const m = useMessages(messages);
  const { common } = useAppMessages();
  const setCell = (id: IndicatorId, row: number[], j: number, percent: number | string) => {
    const next = [...row];
    next[j] = Math.min(100, Math.max(0, Number(percent) || 0)) / 100;
    runEdit(setMembershipEdit, { id, patch: { membership: next } });
  };
  return (
    <Stack gap="xs" mt="xs">
      <Text size="xs" c="dimmed">
        {m.score.fuzzyHint}
      </Text>
      <Table withTableBorder fz="xs" w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.score.indicator}</Table.Th>
            {fuzzyGrades.map((g) => (
              <Table.Th key={g}>{m.score.grades[g]}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{common.actions}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {score.rows.map((r) => {
            const suggestion = r.attainment !== null ? membershipFromAttainment(r.attainment) : null;
            const row = r.indicator.membership ?? suggestion ?? [0, 0, 0, 0];
            return (
              <Table.Tr key={r.indicator.id}>
                <Table.Td>
                  {r.indicator.name}
                  {!r.indicator.membership && suggestion && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({m.score.suggested})
                    </Text>
                  )}
                </Table.Td>
                {fuzzyGrades.map((g, j) => (
                  <Table.Td key={g}>
                    <NumberInput
                      size="xs"
                      w={80}
                      suffix="%"
                      min={0}
                      max={100}
                      decimalScale={1}
                      hideControls
                      aria-label={`${r.indicator.name} ${m.score.grades[g]}`}
                      key={`${r.indicator.id}-${j}-${row[j] ?? 0}`}
                      defaultValue={Math.round((row[j] ?? 0) * 1000) / 10}
                      onBlur={(e) => {
                        const typed = Number(e.currentTarget.value.replace('%', ''));
                        if (Math.abs(typed / 100 - (row[j] ?? 0)) > 1e-9)
                          setCell(r.indicator.id, row, j, typed);
                      }}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  {r.indicator.membership && suggestion && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() =>
                        runEdit(setMembershipEdit, { id: r.indicator.id, patch: { membership: null } })
                      }
                    >
                      {m.score.useSuggested}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {score.fuzzyProblems.length > 0 && (
        <Text size="sm" c="red.8">
          {m.score.fuzzyInvalid}
        </Text>
      )}
      {score.fuzzy && <Text size="sm">{m.score.fuzzyResult(m.score.grades[score.fuzzy.grade])}</Text>}
    </Stack>
  );
}
