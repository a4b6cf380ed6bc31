import { Button, NumberInput, Stack, Table, Text } from '@mantine/core';
import type { IndicatorId } from '../../../../shared/domain';
import { fuzzyGrades, membershipFromAttainment } from '../../../../shared/review/fuzzy';
import type { CompositeScore } from '../../../../shared/review/score';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { setMembershipEdit } from './reviewEdits';
import { messages } from './messages';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';

/** The fuzzy evaluation: each indicator's membership in 优/良/中/差 and the resulting grade. */
export function FuzzyEditor({ score }: { score: CompositeScore }) {
  const m = useMessages(messages);
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
            <ActionsColumnHeader />
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
