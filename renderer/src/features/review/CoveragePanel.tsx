import { Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import type { PlanDocument } from '../../../../shared/domain';
import {
  coverageReason,
  DEFAULT_COVERAGE_THRESHOLD,
  setCoverageThreshold,
  setFillMissingWithPlanned,
  type ActualMoney,
} from '../../../../shared/figures';
import { PercentInput } from '../../components/CommitInputs';
import { languageOf, useFormat, useLocale, useMessages } from '../../i18n';
import { useCommit } from '../../state/planStore';
import { coverageMessages } from './coverageMessages';

/**
 * How the actual figures are read (docs/figures.md "Provisional figures"): the coverage of the
 * budget lines' actuals, the planner's threshold, and whether a missing actual counts its plan.
 */
export function CoveragePanel({ doc, money }: { doc: PlanDocument; money: ActualMoney }) {
  const m = useMessages(coverageMessages);
  const f = useFormat();
  const locale = useLocale();
  const commit = useCommit();
  const c = money.coverage;
  const threshold = doc.plan.actualsCoverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
  return (
    <Card withBorder padding="sm" data-testid="coverage-panel">
      <Title order={2} size="h5">
        {m.title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {m.intro}
      </Text>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <PercentInput
          size="xs"
          w={150}
          label={m.threshold}
          description={m.thresholdHint}
          valueFraction={threshold}
          onCommitFraction={(v) =>
            commit(m.setThreshold, setCoverageThreshold(v === null ? null : Math.min(1, v)))
          }
        />
        <Stack gap={6} style={{ flex: 1 }}>
          <Switch
            size="sm"
            label={m.fill}
            description={m.fillHint}
            checked={money.filledWithPlanned}
            onChange={(e) => {
              const isOn = e.currentTarget.checked;
              commit(m.setFill(isOn), setFillMissingWithPlanned(isOn));
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
    </Card>
  );
}
