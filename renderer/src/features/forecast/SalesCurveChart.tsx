import { VisuallyHidden } from '@mantine/core';
import type { ChartData } from 'chart.js';
import { useMemo } from 'react';
import { buildSalesCurveChart } from '../../../../shared/charts/salesCurveChart';
import type { PlanDocument } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { ChartCard } from '../../components/charts/ChartCard';
import { useMoney } from '../budget/useMoney';
import { curveMessages } from './curveMessages';

/** Each day's share of the campaign's GMV (bars, in its phase's colour) and UV (line). */
export function SalesCurveChart({ doc }: { doc: PlanDocument }) {
  const m = useMessages(curveMessages);
  const format = useMoney();
  const curve = useMemo(() => buildSalesCurveChart(doc, { gmv: m.chartGmv, uv: m.chartUv }), [doc, m]);
  const data = useMemo(
    () =>
      ({
        labels: curve.labels,
        datasets: curve.datasets.map((d) => ({
          ...d,
          pointRadius: d.type === 'line' ? 1.5 : undefined,
          borderWidth: d.type === 'line' ? 2 : 0,
          order: d.type === 'line' ? 0 : 1,
        })),
      }) as unknown as ChartData<'bar', number[], string>,
    [curve],
  );
  const percent = (v: string | number) => format.percent(Number(v), 1);
  return (
    <ChartCard
      type="bar"
      title={m.chart}
      planName={doc.plan.name}
      fileTitle={m.title}
      saveLabel={m.savePng}
      height={200}
      data={data}
      options={{
        scales: {
          x: { ticks: { callback: (_v, i) => data.labels?.[i]?.slice(5) ?? '' } },
          y: { beginAtZero: true, ticks: { callback: percent } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) => `${ctx.dataset.label ?? ''}: ${format.percent(Number(ctx.raw), 2)}`,
            },
          },
        },
      }}
    >
      {/* The chart's figures as text, for screen readers (and what a test reads). */}
      <VisuallyHidden>
        <table data-testid="sales-curve-values">
          <caption>{m.chart}</caption>
          <thead>
            <tr>
              <th>{m.dates}</th>
              <th>{m.chartGmv}</th>
              <th>{m.chartUv}</th>
            </tr>
          </thead>
          <tbody>
            {curve.labels.map((date, i) => (
              <tr key={date}>
                <td>{date}</td>
                <td>{format.percent(curve.datasets[0]?.data[i] ?? 0, 2)}</td>
                <td>{format.percent(curve.datasets[1]?.data[i] ?? 0, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </ChartCard>
  );
}
