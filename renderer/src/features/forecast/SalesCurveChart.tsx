import { VisuallyHidden } from '@mantine/core';
import type { Chart as ChartJs, ChartData } from 'chart.js';
import { useMemo, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { buildSalesCurveChart } from '../../../../shared/charts/salesCurveChart';
import type { PlanDocument } from '../../../../shared/domain';
import { whiteBackground } from '../../components/charts/chartSetup';
import { useMessages } from '../../i18n';
import { ChartCard } from '../budget/ChartCard';
import { useMoney } from '../budget/useMoney';
import { curveMessages } from './curveMessages';

/** Each day's share of the campaign's GMV (bars, in its phase's colour) and UV (line). */
export function SalesCurveChart({ doc }: { doc: PlanDocument }) {
  const m = useMessages(curveMessages);
  const format = useMoney();
  const ref = useRef<ChartJs | null>(null);
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
      title={m.chart}
      fileName={`${doc.plan.name.replace(/[\\/:*?"<>|]/g, '_')}-${m.title}`}
      chartRef={ref}
      saveLabel={m.savePng}
      height={200}
    >
      <Chart
        ref={ref}
        type="bar"
        aria-label={m.chart}
        data={data}
        plugins={[whiteBackground]}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { callback: (_v, i) => data.labels?.[i]?.slice(5) ?? '' } },
            y: { beginAtZero: true, ticks: { callback: percent } },
          },
          plugins: {
            legend: { labels: { boxWidth: 12 } },
            tooltip: {
              callbacks: {
                label: (ctx) => `${ctx.dataset.label ?? ''}: ${format.percent(Number(ctx.raw), 2)}`,
              },
            },
          },
        }}
      />
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
