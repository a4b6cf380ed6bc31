import { Alert, Badge, Group, Select, Stack, VisuallyHidden, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PlanDocument } from '../../../../shared/domain';
import { SAATY_VALUES, formatJudgement } from '../../../../shared/review/ahp';
import { reviewOf } from '../../../../shared/review/recipes';
import { shownShares } from '../../../../shared/review/shownWeights';
import type { CompositeScore } from '../../../../shared/review/score';
import { useFormat, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { setJudgementEdit } from './reviewEdits';
import { messages } from './messages';
import { SectionCard } from '../../components/SectionCard';

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

/** The AHP pairwise judgements of the score's indicators, with CR and the judgements to revisit. */
export function AhpEditor({
  doc,
  score,
  names,
}: {
  doc: PlanDocument;
  score: CompositeScore;
  names: string[];
}) {
  const m = useMessages(messages);
  const f = useFormat();
  const review = reviewOf(doc);
  const matrix = review.ahpMatrix ?? [];
  const n = review.indicators.length;
  // Shown to 0.1 % adding up to 100.0 % (docs/figures-goals.md "Weights as shown").
  const weights = score.ahp ? shownShares(score.ahp.weights) : null;
  return (
    <SectionCard title={m.score.matrixTitle} hint={m.score.matrixHint} testId="ahp-editor">
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
              <Table.Td ta="right">{weights ? f.percent(weights[i] ?? 0, 1, { fixed: true }) : '—'}</Table.Td>
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
    </SectionCard>
  );
}
