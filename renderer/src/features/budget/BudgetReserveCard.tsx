import { Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { BudgetSummary } from '../../../../shared/budget/totals';
import type { Contingency, Plan } from '../../../../shared/domain';
import { PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { setCapEdit, setContingencyEdit } from './budgetEdits';
import { budgetMessages } from './messages';
import type { MoneyFormat } from './useMoney';

/** The budget's cap and its reserve (a share or an amount held back), and what is left to allocate. */
export function BudgetReserveCard({
  plan,
  summary,
  format,
}: {
  plan: Plan;
  summary: BudgetSummary;
  format: MoneyFormat;
}) {
  const m = useMessages(budgetMessages);
  const contingency = plan.contingency;
  const reserve = (value: Contingency | null) => runEdit(setContingencyEdit, value);
  /** The reserve's own field: a share of the cap or an amount, whichever it is held as. */
  const amountField = { size: 'xs', label: m.contingency } as const;
  return (
    <Card withBorder padding="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <MoneyInput
          label={m.cap}
          description={m.capHint}
          w={220}
          size="xs"
          currency={format.currency}
          valueMinor={plan.budgetCapMinor}
          allowEmpty
          isNonNegative
          onCommitMinor={(cap) => runEdit(setCapEdit, cap)}
        />
        <NativeSelect
          size="xs"
          w={170}
          label={m.contingencyKind}
          value={contingency?.kind ?? 'none'}
          data={[
            { value: 'none', label: m.contingencyNone },
            { value: 'percent', label: m.contingencyPercent },
            { value: 'amount', label: m.contingencyAmount },
          ]}
          onChange={(e) => {
            const kind = e.currentTarget.value;
            reserve(
              kind === 'percent'
                ? { kind: 'percent', rate: 0.05 }
                : kind === 'amount'
                  ? { kind: 'amount', amountMinor: 0 }
                  : null,
            );
          }}
        />
        {contingency?.kind === 'percent' && (
          <PercentInput
            {...amountField}
            w={120}
            valueFraction={contingency.rate}
            onCommitFraction={(rate) =>
              reserve({ kind: 'percent', rate: Math.min(1, Math.max(0, rate ?? 0)) })
            }
          />
        )}
        {contingency?.kind === 'amount' && (
          <MoneyInput
            {...amountField}
            w={160}
            currency={format.currency}
            valueMinor={contingency.amountMinor}
            isNonNegative
            onCommitMinor={(amountMinor) => reserve({ kind: 'amount', amountMinor: amountMinor ?? 0 })}
          />
        )}
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {m.reserve} · {m.allocatable}
          </Text>
          <Text size="sm" fw={600} data-testid="budget-reserve">
            {format.money(summary.reserveMinor)} ·{' '}
            {summary.allocatableMinor === null ? '—' : format.money(summary.allocatableMinor)}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
