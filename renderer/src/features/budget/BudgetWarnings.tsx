import type { BudgetWarning } from '../../../../shared/budget/totals';
import { WarningsAlert } from '../../components/WarningsAlert';
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
  return (
    <WarningsAlert
      warnings={warnings.map((w, i) => ({
        key: w.kind === 'lineOverPlan' ? w.lineId : `${w.kind}-${i}`,
        text: warningText(w, m, format),
      }))}
      title={m.warnings}
      none={hasCap ? m.noWarnings : m.noWarningsNoCap}
      showAll={m.showAll}
      showLess={m.showLess}
      testId="budget-warnings"
      noneTestId="budget-warnings-none"
    />
  );
}

type BudgetMessages = (typeof budgetMessages)['zh-CN'];

/** One warning in words, its sums in the plan's money. */
function warningText(w: BudgetWarning, m: BudgetMessages, format: MoneyFormat): string {
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
}
