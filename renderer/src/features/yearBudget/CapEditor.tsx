import { Group, Switch } from '@mantine/core';
import { changeYearBudget, type YearBudget } from '../../../../shared/domain';
import { MoneyInput } from '../../components/MoneyInput';
import { useMessages } from '../../i18n';
import { useWorkspaceStore } from '../../state/workspaceStore';
import { messages } from './messages';

/** The year's cap, and optionally one per quarter: each field edit is one undo step. */
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
  const commit = useWorkspaceStore((s) => s.commit);
  const change = (label: string, recipe: (b: YearBudget) => YearBudget) =>
    commit(label, (w) => changeYearBudget(w, year, currency, recipe));
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
        onCommitMinor={(minor) => change(m.undoCap, (b) => ({ ...b, capMinor: minor ?? 0 }))}
      />
      <Switch
        label={m.byQuarter}
        checked={quarters !== null}
        mb={8}
        data-testid="year-by-quarter"
        onChange={(e) => {
          const on = e.currentTarget.checked;
          change(m.undoByQuarter, (b) => ({ ...b, quarterCapsMinor: on ? [0, 0, 0, 0] : null }));
        }}
      />
      {quarters?.map((capMinor, i) => (
        <MoneyInput
          key={i}
          label={m.quarterCap(i + 1)}
          w={140}
          currency={currency}
          valueMinor={capMinor}
          isNonNegative
          data-testid={`year-q${i + 1}-cap`}
          onCommitMinor={(minor) =>
            change(m.undoQuarter(i + 1), (b) => {
              const next = [...(b.quarterCapsMinor ?? [0, 0, 0, 0])] as [number, number, number, number];
              next[i] = minor ?? 0;
              return { ...b, quarterCapsMinor: next };
            })
          }
        />
      ))}
    </Group>
  );
}
