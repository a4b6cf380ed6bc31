import { ActionIcon, Badge, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { ChannelForecast, Forecast, GoalComparison } from '../../../../shared/forecast/funnel';
import type { Goal, Phase } from '../../../../shared/domain';
import { useFormat, useMessages } from '../../i18n';
import { formatAttainment, formatGoal, formatGoalTarget } from '../review/formatValue';
import type { MoneyFormat } from '../budget/useMoney';
import { forecastMessages } from './messages';

const num = {
  textAlign: 'right' as const,
  fontVariantNumeric: 'tabular-nums' as const,
  whiteSpace: 'nowrap' as const,
};

/** As the review colours a goal's status (formatValue's statusMantineColor). */
const statusColour = { met: 'teal', near: 'orange', missed: 'red', unknown: 'gray' } as const;

/** An input of an incomplete channel: 0 there means not given. */
const known = (c: ChannelForecast, value: number, text: string) =>
  !c.isComplete && value === 0 ? '—' : text;

export function formatRoas(roas: number | null, format: MoneyFormat): string {
  return roas === null ? '—' : format.ratio(roas);
}

export function FunnelTable({
  forecast,
  phases,
  format,
}: {
  forecast: Forecast;
  phases: Phase[];
  format: MoneyFormat;
}) {
  const m = useMessages(forecastMessages);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const phaseName = new Map(phases.map((p) => [p.id as string, p.name]));
  const source = {
    lines: m.sourceLines,
    channel: m.sourceChannel,
    whatIf: m.sourceWhatIf,
    none: m.sourceNone,
  };
  const t = forecast.totals;
  return (
    <Table striped withTableBorder data-testid="funnel-table" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.channel}</Table.Th>
          <Table.Th style={num}>{m.uv}</Table.Th>
          <Table.Th style={num}>{m.cvr}</Table.Th>
          <Table.Th style={num}>{m.aov}</Table.Th>
          <Table.Th style={num}>{m.orders}</Table.Th>
          <Table.Th style={num}>{m.gmv}</Table.Th>
          <Table.Th style={num}>{m.spend}</Table.Th>
          <Table.Th style={num}>
            <Tooltip label={m.roasHint}>
              <span>{m.roas}</span>
            </Tooltip>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {forecast.channels.map((c) => {
          const isOpen = open.has(c.channelId);
          return (
            <Fragment key={c.channelId}>
              <Table.Tr data-testid="funnel-row" bg={c.isWhatIf ? 'yellow.0' : undefined}>
                <Table.Td>
                  {phases.length > 0 && (
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      mr={4}
                      aria-label={isOpen ? m.hidePhases : m.showPhases}
                      onClick={() => {
                        const next = new Set(open);
                        if (isOpen) next.delete(c.channelId);
                        else next.add(c.channelId);
                        setOpen(next);
                      }}
                    >
                      {isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                    </ActionIcon>
                  )}
                  {c.name}
                  {!c.isComplete && (
                    <Badge ml={6} size="xs" color="gray" variant="light">
                      {m.incomplete}
                    </Badge>
                  )}
                </Table.Td>
                {/* A missing input reads "—", and so do the orders and GMV it leaves unknown. */}
                <Table.Td style={num}>{known(c, c.uv, format.number(c.uv, 0))}</Table.Td>
                <Table.Td style={num}>{known(c, c.cvr, format.percent(c.cvr, 2))}</Table.Td>
                <Table.Td style={num}>{known(c, c.aovMinor, format.exact(c.aovMinor))}</Table.Td>
                <Table.Td style={num}>{c.isComplete ? format.number(c.orders, 0) : '—'}</Table.Td>
                <Table.Td style={num}>{c.isComplete ? format.money(c.gmvMinor) : '—'}</Table.Td>
                <Table.Td style={num}>
                  {format.money(c.spendMinor)}
                  <Text span size="xs" c="dimmed" ml={4}>
                    {source[c.spendSource]}
                  </Text>
                </Table.Td>
                <Table.Td style={num}>{formatRoas(c.roas, format)}</Table.Td>
              </Table.Tr>
              {isOpen &&
                c.phases.map((p) => (
                  <Table.Tr key={p.phaseId}>
                    <Table.Td pl={36}>
                      <Text size="xs">
                        {phaseName.get(p.phaseId)}{' '}
                        <Text span c="dimmed" size="xs">
                          ({c.phaseWeighting === 'salesCurve' ? m.weightingCurve : m.weightingDays})
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td style={num}>{format.number(p.uv, 0)}</Table.Td>
                    <Table.Td />
                    <Table.Td />
                    <Table.Td style={num}>{format.number(p.orders, 0)}</Table.Td>
                    <Table.Td style={num}>{format.money(p.gmvMinor)}</Table.Td>
                    <Table.Td style={num}>{format.money(p.spendMinor)}</Table.Td>
                    <Table.Td />
                  </Table.Tr>
                ))}
            </Fragment>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td>{m.total}</Table.Td>
          {/* Unknown, as the rows above say, until a channel has the inputs: not 0 and ¥0.00. */}
          <Table.Td style={num}>{t.uv === 0 && !t.isModelled ? '—' : format.number(t.uv, 0)}</Table.Td>
          <Table.Td style={num}>{t.conversion === null ? '—' : format.percent(t.conversion, 2)}</Table.Td>
          <Table.Td style={num}>{t.aovMinor === null ? '—' : format.exact(t.aovMinor)}</Table.Td>
          <Table.Td style={num}>{t.isModelled ? format.number(t.orders, 0) : '—'}</Table.Td>
          <Table.Td style={num}>{t.isModelled ? format.money(t.gmvMinor) : '—'}</Table.Td>
          <Table.Td style={num}>{format.money(t.channelSpendMinor)}</Table.Td>
          <Table.Td style={num}>{formatRoas(t.roas, format)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

export function GoalsTable({
  forecast,
  goals,
  format,
}: {
  forecast: Forecast;
  goals: Goal[];
  format: MoneyFormat;
}) {
  const m = useMessages(forecastMessages);
  const f = useFormat();
  const byId = new Map(goals.map((g) => [g.id as string, g]));
  if (forecast.goals.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {m.noGoals}
      </Text>
    );
  // Every goal figure as the goals screen and the review write it (review/formatValue).
  const show = (g: GoalComparison, v: number | null) => {
    const goal = byId.get(g.goalId);
    return goal ? formatGoal(f, goal, v, format.currency) : '—';
  };
  const targetText = (g: GoalComparison) => {
    const goal = byId.get(g.goalId);
    return goal ? formatGoalTarget(f, goal, format.currency) : '—';
  };
  return (
    <Table withTableBorder verticalSpacing={4} data-testid="goals-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.goal}</Table.Th>
          <Table.Th style={num}>{m.target}</Table.Th>
          <Table.Th style={num}>{m.forecast}</Table.Th>
          {/* Room for "64.7% · MISSED" whole beside a wrapped "not forecast" reason. */}
          <Table.Th style={{ ...num, width: 180 }}>{m.attainment}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {forecast.goals.map((g) => (
          <Table.Tr key={g.goalId}>
            <Table.Td>
              {m.metrics[g.metric] ?? g.metric}
              {byId.get(g.goalId)?.title ? (
                <Text span size="xs" c="dimmed" ml={6}>
                  {byId.get(g.goalId)?.title}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td style={num} data-testid="forecast-goal-target">
              {targetText(g)}
            </Table.Td>
            <Table.Td style={num} data-testid="forecast-goal-value">
              {g.notForecast ? (
                <Text span size="xs" c="dimmed" style={{ whiteSpace: 'normal' }}>
                  {m.notForecast[g.notForecast]}
                </Text>
              ) : (
                show(g, g.forecast)
              )}
            </Table.Td>
            <Table.Td style={num}>
              {g.attainment === null ? (
                '—'
              ) : (
                <Badge color={statusColour[g.status]} variant="light" data-testid="forecast-goal-status">
                  {formatAttainment(f, g.attainment)} · {m.statuses[g.status]}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
