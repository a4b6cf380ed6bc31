import { Badge, SimpleGrid, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import { coverageReason, type PlanFigures } from '../../../../shared/figures';
import type { PlanDocument } from '../../../../shared/domain';
import {
  derivableMetrics,
  shownUnit,
  type DerivedFigures,
  type GoalAttainment,
} from '../../../../shared/review/attainment';
import { attainmentBaselineOf } from '../../../../shared/review/baselines';
import { AttainmentBaselinePicker } from './AttainmentBaselinePicker';
import { CommitNumberInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { EmptyState } from '../../components/EmptyState';
import { GoToTabButton } from '../../components/GoToTabButton';
import { useFormat, useMessages, type Formatters } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { setGoalActualEdit } from './reviewEdits';
import {
  formatAttainment,
  formatChangeVsBaseline,
  formatGoal,
  formatGoalTarget,
  statusMantineColor,
} from './formatValue';
import { CoveragePanel } from './CoveragePanel';
import { coverageMessages } from './coverageMessages';
import { messages, type ReviewMessages } from './messages';
import { SectionCard } from '../../components/SectionCard';

export function AttainmentSection({ doc, figures }: { doc: PlanDocument; figures: PlanFigures }) {
  const m = useMessages(messages);
  const f = useFormat();
  if (doc.goals.length === 0)
    return (
      <EmptyState
        icon={<IconTarget />}
        body={m.attainment.empty}
        action={<GoToTabButton planId={doc.plan.id} tab="goals" testId="attainment-to-goals" />}
      />
    );
  return (
    <Stack gap="md">
      <CoveragePanel doc={doc} money={figures.actual} />
      <AttainmentBaselinePicker doc={doc} />
      <AttainmentTable doc={doc} figures={figures} isEditable />
      {attainmentBaselineOf(doc) && (
        <Text size="xs" c="dimmed" mt={-8} data-testid="attainment-vs-baseline-note">
          {m.attainment.vsBaselineNote}
        </Text>
      )}
      <DerivedFiguresCard doc={doc} figures={figures} m={m} f={f} />
    </Stack>
  );
}

/** A figure stays on one line ("≥ ¥700,000.00"); the status column, with its notes, takes the wrap. */
const oneLine = { whiteSpace: 'nowrap' } as const;

/** The attainment table; editable on screen (typed actuals), read-only in the report. */
export function AttainmentTable({
  doc,
  figures,
  isEditable,
}: {
  doc: PlanDocument;
  figures: PlanFigures;
  isEditable: boolean;
}) {
  const m = useMessages(messages);
  const c = useMessages(coverageMessages);
  const f = useFormat();
  const currency = doc.plan.currency;
  const money = figures.actual;
  const attainments = figures.goals;
  const baselineHeads = attainmentBaselineHeaders(doc, m);
  // The reason names the basis too, so switching "planned for missing lines" shows here.
  const reasonOf = (a: GoalAttainment): string =>
    coverageReason(
      a.goal.metric === 'roas' ? money.mediaCoverage : money.coverage,
      currency,
      f.locale.startsWith('zh') ? 'zh' : 'en',
    ) + (money.filledWithPlanned ? c.suffixFilled : c.suffixZero);

  const typedInput = (a: GoalAttainment) => {
    const setValue = (v: number | null) => runEdit(setGoalActualEdit, { goalId: a.goal.id, value: v });
    const common = {
      size: 'xs' as const,
      w: 120,
      'aria-label': `${m.attainment.typedActual} ${a.goal.title}`,
    };
    if (a.goal.unit === 'money')
      return (
        <MoneyInput
          valueMinor={a.actual}
          currency={currency}
          allowEmpty
          onCommitMinor={setValue}
          {...common}
        />
      );
    if (shownUnit(a.goal.metric, a.goal.unit) === 'rate')
      return <PercentInput valueFraction={a.actual} onCommitFraction={setValue} max={10_000} {...common} />;
    return <CommitNumberInput value={a.actual} onCommit={setValue} {...common} />;
  };

  return (
    <Table withTableBorder striped fz="sm" data-testid="attainment-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th miw={150}>{m.attainment.goal}</Table.Th>
          <Table.Th ta="right">{m.attainment.actual}</Table.Th>
          <Table.Th ta="right">{m.attainment.target}</Table.Th>
          <Table.Th ta="right" miw={72}>
            {baselineHeads.baseline}
          </Table.Th>
          <Table.Th ta="right">{m.attainment.rate}</Table.Th>
          <Table.Th ta="right" miw={80} data-testid="attainment-vs-baseline-header">
            {baselineHeads.vsBaseline}
          </Table.Th>
          {/* Room for the widest status badge whole ("Near (≥ 80%)", not "Near (≥ 8…"). */}
          <Table.Th miw={130}>{m.attainment.status}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attainments.map((a) => {
          // Metrics computed from the actuals are never typed, even before any actual exists.
          const isTyped = a.goal.metric !== null && !derivableMetrics.includes(a.goal.metric);
          return (
            <Table.Tr key={a.goal.id} data-testid={`attainment-row-${a.goal.id}`}>
              <Table.Td>{a.goal.title || '—'}</Table.Td>
              <Table.Td ta="right" style={oneLine}>
                {isEditable && isTyped ? (
                  <Tooltip label={m.attainment.typedHint}>
                    <span>{typedInput(a)}</span>
                  </Tooltip>
                ) : (
                  formatGoal(f, a.goal, a.actual, currency)
                )}
              </Table.Td>
              <Table.Td ta="right" style={oneLine} data-testid="attainment-target">
                {formatGoalTarget(f, a.goal, currency)}
              </Table.Td>
              <Table.Td ta="right" style={oneLine}>
                <Tooltip
                  label={
                    a.baselineSource === 'baselineActuals'
                      ? m.attainment.fromBaselineActuals
                      : m.attainment.fromGoal
                  }
                  disabled={a.baselineSource === null}
                >
                  <span>{formatGoal(f, a.goal, a.baseline, currency)}</span>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right" fw={700} style={oneLine} data-testid="attainment-rate">
                {formatAttainment(f, a.attainment)}
              </Table.Td>
              <Table.Td ta="right" style={oneLine}>
                {formatChangeVsBaseline(f, a.changeVsBaseline)}
              </Table.Td>
              <Table.Td>
                {a.issue && a.issue !== 'noActual' ? (
                  <Text size="xs" c="dimmed">
                    {m.attainment.issues[a.issue]}
                  </Text>
                ) : (
                  <Badge
                    tt="none"
                    color={statusMantineColor[a.status]}
                    variant={a.status === 'unknown' ? 'outline' : 'filled'}
                  >
                    {a.issue === 'noActual' ? m.attainment.issues.noActual : m.attainment.statuses[a.status]}
                  </Badge>
                )}
                {a.isProvisional && (
                  <Text size="xs" c="orange.8" data-testid="attainment-provisional">
                    {m.attainment.provisional(reasonOf(a))}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The baseline columns' headers, naming the before-baseline they read (docs/baselines.md "One
 * baseline on the attainment table"); plain when the plan has none.
 */
export function attainmentBaselineHeaders(
  doc: PlanDocument,
  m: ReviewMessages,
): { baseline: string; vsBaseline: string } {
  const b = attainmentBaselineOf(doc);
  if (!b) return { baseline: m.attainment.baseline, vsBaseline: m.attainment.vsBaseline };
  const name = b.name || m.attainment.unnamedBaseline;
  return { baseline: m.attainment.baselineOf(name), vsBaseline: m.attainment.vsBaselineOf(name) };
}

const derivedKeys: (keyof DerivedFigures)[] = [
  'conversion',
  'aovMinor',
  'roas',
  'roi',
  'discountRate',
  'redemption',
  'refundRate',
];

function formatDerived(
  f: Formatters,
  key: keyof DerivedFigures,
  value: number | null,
  currency: string,
): string {
  if (value === null) return '—';
  if (key === 'aovMinor') return f.money(value, currency);
  if (key === 'roas') return f.ratio(value);
  // Profit ROI is a fraction, shown like the forecast's (70.6 %), not as a bare 0.71.
  if (key === 'roi') return f.percent(value, 1, { fixed: true });
  return f.percent(value, 2, { fixed: true });
}

export function derivedLabel(m: ReviewMessages, key: keyof DerivedFigures): string {
  return key === 'aovMinor' ? m.attainment.derived.aov : m.attainment.derived[key];
}

export function DerivedFiguresCard({
  doc,
  figures,
  m,
  f,
}: {
  doc: PlanDocument;
  figures: PlanFigures;
  m: ReviewMessages;
  f: Formatters;
}) {
  const campaign = figures.campaign.derived;
  const baseline = figures.baseline.derived;
  return (
    <SectionCard title={m.attainment.derivedTitle} size="h5">
      <SimpleGrid cols={1}>
        <Table fz="sm" data-testid="derived-figures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>{m.score.indicator}</VisuallyHidden>
              </Table.Th>
              <Table.Th ta="right">{m.attainment.campaign}</Table.Th>
              <Table.Th ta="right">{m.attainment.baselinePeriod}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {derivedKeys.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>{derivedLabel(m, k)}</Table.Td>
                <Table.Td ta="right">{formatDerived(f, k, campaign[k], doc.plan.currency)}</Table.Td>
                <Table.Td ta="right">{formatDerived(f, k, baseline[k], doc.plan.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </SectionCard>
  );
}

export { formatDerived, derivedKeys };
