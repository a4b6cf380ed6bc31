import { Checkbox, Table, Text } from '@mantine/core';
import type { Goal } from '../../../../shared/domain';
import type { GoalOffer } from '../../../../shared/planning/rollForward';
import { useFormat, useMessages } from '../../i18n';
import { formatGoal } from '../review/formatValue';
import { rollForwardMessages } from './messages';

/** Each goal with last year's actual (figures engine), offered as the new plan's baseline. */
export function GoalBaselinesTable({
  offers,
  goals,
  currency,
  chosen,
  onToggle,
}: {
  offers: readonly GoalOffer[];
  goals: readonly Goal[];
  currency: string;
  chosen: ReadonlySet<string>;
  onToggle(goalId: string, isChosen: boolean): void;
}) {
  const r = useMessages(rollForwardMessages);
  const f = useFormat();
  const byId = new Map(goals.map((g) => [g.id as string, g]));
  if (offers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {r.goalsNone}
      </Text>
    );
  }
  return (
    <Table striped withTableBorder data-testid="roll-goals">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{r.useAsBaseline}</Table.Th>
          <Table.Th>{r.goal}</Table.Th>
          <Table.Th>{r.lastActual}</Table.Th>
          <Table.Th>{r.currentBaseline}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offers.map((offer) => {
          const goal = byId.get(offer.goalId);
          if (!goal) return null;
          const title = offer.title || r.untitledGoal;
          return (
            <Table.Tr key={offer.goalId}>
              <Table.Td>
                <Checkbox
                  aria-label={r.useAsBaselineFor(title)}
                  checked={chosen.has(offer.goalId) && offer.actual !== null}
                  disabled={offer.actual === null}
                  onChange={(e) => onToggle(offer.goalId, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{title}</Table.Td>
              <Table.Td>{formatGoal(f, goal, offer.actual, currency)}</Table.Td>
              <Table.Td>{formatGoal(f, goal, offer.baseline, currency)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
