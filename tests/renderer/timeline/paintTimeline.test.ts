import { describe, expect, it } from 'vitest';
import type { SpendPacing } from '../../../shared/charts/pacing';
import { workstreams } from '../../../shared/domain';
import { exportLayout, pdfPages } from '../../../renderer/src/features/timeline/export/exportLayout';
import {
  paintTimeline,
  PLANNED_COLOR,
  ACTUAL_COLOR,
  type Painter,
} from '../../../renderer/src/features/timeline/export/paintTimeline';
import { buildRows, type GroupLabels } from '../../../renderer/src/features/timeline/rows';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';

const labels: GroupLabels = {
  noGroup: '未指定',
  unassigned: '未分配',
  workstream: Object.fromEntries(workstreams.map((w) => [w, w])) as GroupLabels['workstream'],
};

interface Recorded {
  texts: { x: number; y: number; text: string }[];
  lines: { points: [number, number][]; color: string }[];
}

function recorder(): Painter & { out: Recorded } {
  const out: Recorded = { texts: [], lines: [] };
  return {
    out,
    rect: () => undefined,
    line: () => undefined,
    poly: () => undefined,
    polyline: (points, color) => out.lines.push({ points, color }),
    text: (x, y, text) => out.texts.push({ x, y, text }),
    clip: (_x, _y, _w, _h, draw) => draw(),
  };
}

describe('painting an exported timeline', () => {
  const doc = generateLargePlan({ tasks: 60, links: 10, seed: 4 });
  const rows = buildRows(doc, 'phase', new Set(), labels);
  const pacing: SpendPacing = {
    dates: ['2026-10-20', '2026-10-21', '2026-10-22'],
    plannedCumulativeMinor: [100, 100, 300],
    actualCumulativeMinor: [50, null, null],
  };
  const pacingLabels = { title: '累计花费', planned: '计划 ¥3', actual: '实际 ¥0.5' };

  it('repeats the title, header and row labels on every tiled page', () => {
    const l = exportLayout(rows, 18, doc.plan.startDate, doc.plan.endDate);
    const { regions } = pdfPages(l, 'A4', 'tile');
    expect(regions.length).toBeGreaterThan(2);
    for (const region of regions) {
      const p = recorder();
      paintTimeline(p, doc, l, region, {
        locale: 'zh-CN',
        subtitle: 's',
        pageLabel: 'p',
        pacingLabels: null,
      });
      expect(p.out.texts.filter((t) => t.text === doc.plan.name)).toHaveLength(1);
      const first = rows[region.r0]!;
      const firstLabel = first.kind === 'group' ? `${first.label}（${first.count}）` : first.task.title;
      expect(p.out.texts.some((t) => t.text === firstLabel)).toBe(true);
      expect(p.out.lines).toHaveLength(0);
    }
  });

  it('draws the pacing strip under the rows on the same date axis, with its labels', () => {
    const l = exportLayout(rows.slice(0, 10), 12, '2026-10-20', '2026-10-30', pacing);
    const p = recorder();
    paintTimeline(
      p,
      doc,
      l,
      { x0: 0, x1: 12 * 15, r0: 0, r1: 9 },
      {
        locale: 'zh-CN',
        subtitle: 's',
        pageLabel: '',
        pacingLabels,
      },
    );
    const planned = p.out.lines.find((line) => line.color === PLANNED_COLOR);
    const actual = p.out.lines.find((line) => line.color === ACTUAL_COLOR);
    // Axis padded by 2 days: 10-20 ends at (2 + 1) × 12 = 36 px, after the 240 px label column.
    // The strip starts under 40 title + 54 header + 10 rows × 20 = 294; 56 high with 6 px padding,
    // so zero sits at 294 + 50 and the top (300) at 294 + 6; 100 is a third of the way up.
    expect(planned?.points.map(([x]) => x)).toEqual([276, 288, 300]);
    const ys = planned?.points.map(([, y]) => y) ?? [];
    [344 - 44 / 3, 344 - 44 / 3, 300].forEach((y, i) => expect(ys[i]).toBeCloseTo(y, 6));
    expect(actual?.points).toHaveLength(1);
    expect(actual?.points[0]?.[1]).toBeCloseTo(344 - 44 / 6, 6);
    const texts = p.out.texts.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['累计花费', '计划 ¥3', '实际 ¥0.5']));
    // Below the last row.
    expect(p.out.texts.find((t) => t.text === '累计花费')!.y).toBeGreaterThan(294);
  });

  it('leaves the strip off when the plan has no budget lines', () => {
    const l = exportLayout(rows.slice(0, 10), 12, '2026-10-20', '2026-10-30', null);
    const p = recorder();
    paintTimeline(
      p,
      doc,
      l,
      { x0: 0, x1: 180, r0: 0, r1: 9 },
      {
        locale: 'en-US',
        subtitle: 's',
        pageLabel: '',
        pacingLabels,
      },
    );
    expect(p.out.lines).toHaveLength(0);
    expect(p.out.texts.map((t) => t.text)).not.toContain('累计花费');
  });
});
