import { severityColors, type HourMark } from '../../../../shared/charts/reviewHours';
import type { ChartPlugin, DrawnChart } from '../../components/charts/chartSetup';
import { reserveHeaderRoom } from '../../components/charts/headerLabels';

/** Height of the strip above the plot, in CSS pixels. */
const STRIP = 22;
const SIZE = 8;

/**
 * The incident strip (docs/warroom.md "The review's hours of a day"): above the plot area, a mark
 * per incident or acknowledged alert at its hour's bar, coloured by severity — a square for an
 * incident, a diamond for an alert — with a faint line down to the bar. Several marks of one hour
 * sit side by side. The list under the chart says the same in words.
 */
export function hourMarksPlugin(marks: readonly HourMark[]): ChartPlugin {
  return {
    id: 'campaignDeskHourMarks',
    afterLayout(chart: DrawnChart) {
      if (marks.length > 0) reserveHeaderRoom(chart, STRIP + 4);
    },
    afterDatasetsDraw(chart: DrawnChart) {
      const x = chart.scales.x;
      if (!chart.chartArea || !x || marks.length === 0) return;
      const { ctx, chartArea: area } = chart;
      const perHour = new Map<number, number>();
      ctx.save();
      for (const mark of marks) {
        const nth = perHour.get(mark.hour) ?? 0;
        perHour.set(mark.hour, nth + 1);
        const cx = x.getPixelForValue(mark.hour) + nth * (SIZE + 2);
        const cy = area.top - STRIP / 2;
        const color = severityColors[mark.severity];
        ctx.strokeStyle = `${color}66`;
        ctx.lineWidth = 1;
        ctx.setLineDash([3, 3]);
        ctx.beginPath();
        ctx.moveTo(cx, cy + SIZE / 2);
        ctx.lineTo(cx, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = color;
        ctx.beginPath();
        if (mark.kind === 'incident') ctx.rect(cx - SIZE / 2, cy - SIZE / 2, SIZE, SIZE);
        else {
          ctx.moveTo(cx, cy - SIZE / 2 - 1);
          ctx.lineTo(cx + SIZE / 2 + 1, cy);
          ctx.lineTo(cx, cy + SIZE / 2 + 1);
          ctx.lineTo(cx - SIZE / 2 - 1, cy);
          ctx.closePath();
        }
        ctx.fill();
      }
      ctx.restore();
    },
  };
}
