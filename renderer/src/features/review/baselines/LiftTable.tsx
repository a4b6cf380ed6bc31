import { Text } from '@mantine/core';
import type { BaselineKpi, KpiLift } from '../../../../../shared/figures/baselines';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat, useMessages, type Formatters } from '../../../i18n';
import { baselineMessages } from './messages';

/**
 * A per-day value: money rounded to the minor unit, counts with one decimal — every one, so a
 * column of averages lines up (2,500.0 over 2,537.5, not 2,500 over 2,537.5).
 */
export function formatKpi(f: Formatters, kpi: BaselineKpi, value: number | null, currency: string): string {
  if (value === null) return '—';
  if (kpi === 'gmv' || kpi === 'aov') return f.money(Math.round(value), currency);
  return f.number(value, 1, { fixed: true });
}

export function formatLift(f: Formatters, lift: number | null): string {
  return lift === null ? '—' : `${lift > 0 ? '+' : ''}${f.percent(lift, 1, { fixed: true })}`;
}

/** GMV, UV, buyers, orders per day and AOV: the campaign, the baseline, the per-day lift. */
export function LiftTable({
  lifts,
  currency,
  baselineCurrency = currency,
  testId,
}: {
  lifts: readonly KpiLift[];
  currency: string;
  baselineCurrency?: string;
  testId: string;
}) {
  const m = useMessages(baselineMessages);
  const f = useFormat();
  return (
    <FigureTable
      withTableBorder
      verticalSpacing={2}
      horizontalSpacing="xs"
      fz="sm"
      data-testid={testId}
      rows={lifts}
      rowKey={(l) => l.kpi}
      rowProps={(l) => ({ 'data-kpi': l.kpi })}
      columns={[
        { header: m.kpiHeader, cell: (l) => m.kpi[l.kpi], noWrap: true },
        { header: m.campaign, cell: (l) => formatKpi(f, l.kpi, l.campaign, currency) },
        { header: m.baseline, cell: (l) => formatKpi(f, l.kpi, l.baseline, baselineCurrency) },
        {
          header: m.vsBaseline,
          testId: (l) => `${testId}-lift-${l.kpi}`,
          cell: (l) => (
            <Text span fw={600} size="sm" c={l.lift === null ? 'dimmed' : l.lift >= 0 ? 'teal.8' : 'red.8'}>
              {formatLift(f, l.lift)}
            </Text>
          ),
        },
      ]}
    />
  );
}
