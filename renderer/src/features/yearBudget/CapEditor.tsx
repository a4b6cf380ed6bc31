import { Group, Switch } from '@mantine/core';
import type { YearBudget } from '../../../../shared/domain';
import { MoneyInput } from '../../components/MoneyInput';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { messages } from './messages';
import { setCapByQuarterEdit, setYearCapEdit } from './yearBudgetEdits';

/**
 * The year's cap, and optionally one per quarter: each field edit is one undo step. An empty field
 * is no cap (未设上限), never a cap of 0; quarter caps switched off come back with the switch.
 */
export function CapEditor({
  year,
  budget,
  currency,
}: {
  year: number;
  budget: YearBudget | null;
  currency: string;
}) {
  const m = useMessages(messages);
  const quarters = budget?.quarterCapsMinor ?? null;
  return (
    <Group align="flex-end" gap="md" wrap="nowrap">
      <MoneyInput
        label={m.cap}
        w={190}
        currency={currency}
        valueMinor={budget?.capMinor ?? null}
        allowEmpty
        isNonNegative
        data-testid="year-cap"
        onCommitMinor={(minor) => runEdit(setYearCapEdit, { year, currency, slot: 'year', capMinor: minor })}
      />
      <Switch
        label={m.byQuarter}
        checked={quarters !== null}
        mb={8}
        data-testid="year-by-quarter"
        onChange={(e) => {
          const on = e.currentTarget.checked;
          runEdit(setCapByQuarterEdit, { year, currency, on });
        }}
      />
      {quarters?.map((capMinor, i) => (
        <MoneyInput
          key={i}
          label={m.quarterCap(i + 1)}
          w={140}
          currency={currency}
          valueMinor={capMinor}
          allowEmpty
          isNonNegative
          data-testid={`year-q${i + 1}-cap`}
          onCommitMinor={(minor) =>
            runEdit(setYearCapEdit, { year, currency, slot: (i + 1) as 1 | 2 | 3 | 4, capMinor: minor })
          }
        />
      ))}
    </Group>
  );
}
