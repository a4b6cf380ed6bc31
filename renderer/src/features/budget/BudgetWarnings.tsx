import { Alert, List, Spoiler, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { BudgetWarning } from '../../../../shared/budget/totals';
import { useMessages } from '../../i18n';
import { budgetMessages } from './messages';
import type { MoneyFormat } from './useMoney';

/** What is wrong with the budget (over the cap, into the reserve, a line over its plan), or that nothing is. */
export function BudgetWarnings({
  warnings,
  hasCap,
  format,
}: {
  warnings: BudgetWarning[];
  hasCap: boolean;
  format: MoneyFormat;
}) {
  const m = useMessages(budgetMessages);
  if (warnings.length === 0) {
    return (
      <Text size="sm" c="teal.7" data-testid="budget-warnings-none">
        {hasCap ? m.noWarnings : m.noWarningsNoCap}
      </Text>
    );
  }
  const text = (w: BudgetWarning) => {
    switch (w.kind) {
      case 'overCap':
        return m.overCap(format.money(w.plannedMinor), format.money(w.capMinor), format.money(w.overMinor));
      case 'intoReserve':
        return m.intoReserve(
          format.money(w.plannedMinor),
          format.money(w.availableMinor),
          format.money(w.overMinor),
        );
      case 'actualOverCap':
        return m.actualOverCap(
          format.money(w.actualMinor),
          format.money(w.capMinor),
          format.money(w.overMinor),
        );
      case 'lineOverPlan':
        return w.overRate === null
          ? m.lineOverPlanNoPlan(w.item, format.money(w.actualMinor))
          : m.lineOverPlan(
              w.item,
              format.money(w.actualMinor),
              format.money(w.plannedMinor),
              format.percent(w.overRate),
            );
    }
  };
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={`${m.warnings} (${warnings.length})`}
      data-testid="budget-warnings"
      py="xs"
    >
      <Spoiler maxHeight={66} showLabel={m.showAll} hideLabel={m.showLess}>
        <List size="sm" spacing={2}>
          {warnings.map((w, i) => (
            <List.Item key={w.kind === 'lineOverPlan' ? w.lineId : `${w.kind}-${i}`}>{text(w)}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
