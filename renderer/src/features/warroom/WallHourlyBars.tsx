import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { hourlyBarsChart } from '../../../../shared/charts/warroomCharts';
import type { Pacing } from '../../../../shared/warroom/pacing';
import { useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import '../../components/charts/chartSetup';
import { warroomMessages } from './messages';

/** The hourly bars for the wall: the same data as the screen's chart, large light type on dark. */
export function WallHourlyBars({ pacing }: { pacing: Pacing }) {
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const data = useMemo(
    () => hourlyBarsChart(pacing, { actual: m.chartActual, target: m.chartTarget }),
    [pacing, m],
  );
  const chartData = useMemo(
    () =>
      ({
        labels: data.labels,
        datasets: data.datasets.map((d, i) => ({
          label: d.label,
          data: d.data,
          backgroundColor: i === 0 ? '#4dabf7' : '#495057',
          borderWidth: 0,
        })),
      }) as ChartData<'bar'>,
    [data],
  );
  const options = useMemo((): ChartOptions<'bar'> => {
    const font = { size: 18 };
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { color: '#e9ecef', font, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: '#e9ecef', font, callback: (v) => f.axis(Number(v)) },
          grid: { color: '#343a40' },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#ffffff', font } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${f.money(Number(ctx.raw))}` } },
      },
    };
  }, [f]);
  // Like the screen's chart: without an hour of data, say so (an axis of ¥0 six times said nothing).
  const hasData = pacing.hours.some((h) => h.gmvMinor !== null);
  return (
    <div style={{ position: 'relative', height: 'clamp(220px, 38vh, 520px)' }}>
      {hasData ? (
        <Chart type="bar" aria-label={m.hourlyChart} data={chartData} options={options} />
      ) : (
        <p data-testid="wall-no-hours" style={{ margin: 0, fontSize: 18, color: '#adb5bd' }}>
          {m.noHourData}
        </p>
      )}
    </div>
  );
}
