import { Group, Stack, Switch, Text } from '@mantine/core';
import type { PlanDocument } from '../../../../shared/domain';
import { coverageReason, DEFAULT_COVERAGE_THRESHOLD, type ActualMoney } from '../../../../shared/figures';
import { PercentInput } from '../../components/CommitInputs';
import { languageOf, useFormat, useLocale, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { setFillEdit, setThresholdEdit } from './reviewEdits';
import { coverageMessages } from './coverageMessages';
import { SectionCard } from '../../components/SectionCard';

/**
 * How the actual figures are read (docs/figures.md "Provisional figures"): the coverage of the
 * budget lines' actuals, the planner's threshold, and whether a missing actual counts its plan.
 */
export function CoveragePanel({ doc, money }: { doc: PlanDocument; money: ActualMoney }) {
  const m = useMessages(coverageMessages);
  const f = useFormat();
  const locale = useLocale();
  const c = money.coverage;
  const threshold = doc.plan.actualsCoverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
  return (
    <SectionCard title={m.title} hint={m.intro} size="h5" testId="coverage-panel">
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <PercentInput
          size="xs"
          w={150}
          label={m.threshold}
          description={m.thresholdHint}
          valueFraction={threshold}
          onCommitFraction={(v) => runEdit(setThresholdEdit, v)}
        />
        <Stack gap={6} style={{ flex: 1 }}>
          <Switch
            size="sm"
            label={m.fill}
            description={m.fillHint}
            checked={money.filledWithPlanned}
            onChange={(e) => {
              const isOn = e.currentTarget.checked;
              runEdit(setFillEdit, isOn);
            }}
          />
          <Text size="sm" fw={600} data-testid="coverage-mode">
            {money.filledWithPlanned ? m.modeFilled : m.modeZero}
          </Text>
          {c.share === null ? (
            <Text size="sm" c="dimmed">
              {m.noLines}
            </Text>
          ) : (
            <Text size="sm" data-testid="coverage-share">
              {m.coverage(f.percent(c.share, 1))}
              {' · '}
              <Text span size="sm" c={c.isProvisional ? 'orange.8' : 'teal.8'} data-testid="coverage-status">
                {c.isProvisional ? coverageReason(c, doc.plan.currency, languageOf(locale)) : m.final}
              </Text>
            </Text>
          )}
        </Stack>
      </Group>
    </SectionCard>
  );
}
