import { Checkbox } from '@mantine/core';
import type { Goal } from '../../../../shared/domain';
import type { GoalOffer } from '../../../../shared/planning/rollForward';
import { textColumn } from '../../components/textColumn';
import { useFormat, useMessages } from '../../i18n';
import { formatGoal } from '../review/formatValue';
import { rollForwardMessages } from './messages';
import { RollTable } from './RollTable';

interface Row {
  offer: GoalOffer;
  goal: Goal;
  title: string;
}

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
  const rows = offers.flatMap((offer) => {
    const goal = byId.get(offer.goalId);
    return goal ? [{ offer, goal, title: offer.title || r.untitledGoal }] : [];
  });
  return (
    <RollTable
      testId="roll-goals"
      empty={r.goalsNone}
      rows={rows}
      rowKey={(row) => row.offer.goalId}
      columns={[
        textColumn<Row>(r.useAsBaseline, ({ offer, title }) => (
          <Checkbox
            aria-label={r.useAsBaselineFor(title)}
            checked={chosen.has(offer.goalId) && offer.actual !== null}
            disabled={offer.actual === null}
            onChange={(e) => onToggle(offer.goalId, e.currentTarget.checked)}
          />
        )),
        textColumn<Row>(r.goal, ({ title }) => title),
        textColumn<Row>(r.lastActual, ({ offer, goal }) => formatGoal(f, goal, offer.actual, currency)),
        textColumn<Row>(r.currentBaseline, ({ offer, goal }) =>
          formatGoal(f, goal, offer.baseline, currency),
        ),
      ]}
    />
  );
}
