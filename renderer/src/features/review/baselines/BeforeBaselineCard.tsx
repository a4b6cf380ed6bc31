import { Group, Text } from '@mantine/core';
import type { BeforeFigures } from '../../../../../shared/figures/baselines';
import { CommitDateText } from '../../../components/CommitInputs';
import { useMessages } from '../../../i18n';
import { runEdit } from '../../../state/editActions';
import { setBaselineRangeEdit } from '../reviewEdits';
import { BaselineCard } from './BaselineCard';
import { LiftTable } from './LiftTable';
import { ToActualsButton } from './ToActualsButton';
import { baselineMessages } from './messages';

/** Days before the campaign, within an optional range, against the campaign. */
export function BeforeBaselineCard({ figures, currency }: { figures: BeforeFigures; currency: string }) {
  const m = useMessages(baselineMessages);
  const { baseline } = figures;
  return (
    <BaselineCard baseline={baseline}>
      <Group gap="xs" align="flex-end">
        {(['from', 'to'] as const).map((end) => (
          <CommitDateText
            key={end}
            size="xs"
            w={140}
            label={m[end]}
            allowEmpty
            message={m.badDate}
            value={baseline[end] ?? ''}
            onCommit={(date) =>
              runEdit(setBaselineRangeEdit, { id: baseline.id, patch: { [end]: date || null } })
            }
          />
        ))}
      </Group>
      <Text size="xs" c="dimmed" data-testid="baseline-before-days">
        {figures.days > 0 && figures.firstDate && figures.lastDate
          ? m.beforeDays(figures.days, figures.firstDate, figures.lastDate)
          : m.beforeNone}
      </Text>
      {figures.days === 0 && (
        <Group>
          <ToActualsButton testId={`baseline-to-actuals-${baseline.id}`} />
        </Group>
      )}
      <LiftTable lifts={figures.lifts} currency={currency} testId={`lift-${baseline.id}`} />
    </BaselineCard>
  );
}
