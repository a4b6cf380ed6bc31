import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../shared/charts/labelRows';
import type { PlanDocument } from '../../../shared/domain';
import { workstreams } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { scaleWidth } from '../../../shared/planning/timeScale';
import {
  exportLayout,
  headerHeight,
  pdfPages,
  pngSize,
} from '../../../renderer/src/features/timeline/export/exportLayout';
import {
  headerMarks,
  paintTimeline,
  type Painter,
} from '../../../renderer/src/features/timeline/export/paintTimeline';
import { buildRows, type GroupLabels } from '../../../renderer/src/features/timeline/rows';

const groupLabels: GroupLabels = {
  noGroup: '未指定',
  unassigned: '未分配',
  workstream: Object.fromEntries(workstreams.map((w) => [w, w])) as GroupLabels['workstream'],
};

/** The 双11 template plus the moments planners add: presale waves, 整点 flash sales, the encore. */
function crowdedDouble11(locale: 'zh-CN' | 'en-US'): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale,
    now: new Date('2026-08-01T00:00:00Z'),
  });
  const extra = [
    ['2026-10-24', '20:00', '预售第二波'],
    ['2026-10-31', '20:00', '开门红 20 点'],
    ['2026-11-01', '00:00', '尾款开始'],
    ['2026-11-03', '10:00', '品类日 美妆'],
    ['2026-11-04', '10:00', '品类日 家电'],
    ['2026-11-10', '20:00', '晚会直播'],
    ['2026-11-10', '22:00', '预热倒计时'],
    ['2026-11-11', '12:00', '午间秒杀'],
    ['2026-11-11', '20:00', '晚8点场'],
    ['2026-11-12', '00:00', '返场开启'],
  ] as const;
  return {
    ...doc,
    plan: {
      ...doc.plan,
      keyMoments: [
        ...doc.plan.keyMoments,
        ...extra.map(([date, time, label], i) => ({
          id: `x${i}`,
          kind: 'custom' as const,
          label,
          date,
          time,
        })),
      ],
    },
  };
}

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function headerBoxes(doc: PlanDocument, locale: 'zh-CN' | 'en-US', pxPerDay: number) {
  const rows = buildRows(doc, 'phase', new Set(), groupLabels);
  const l = exportLayout(
    rows,
    pxPerDay,
    doc.plan.startDate,
    doc.plan.endDate,
    null,
    headerMarks(doc, locale),
  );
  const boxes: Box[] = [];
  const legend: string[] = [];
  const top = l.titleHeight;
  const bodyTop = top + headerHeight(l);
  const painter: Painter = {
    rect: () => undefined,
    line: () => undefined,
    poly: () => undefined,
    polyline: () => undefined,
    text: (x, y, text, size) => {
      if (y > top && y <= bodyTop && x >= l.labelWidth)
        boxes.push({ text, x0: x, x1: x + estimateTextWidth(text, size), y0: y - size, y1: y });
      if (y > bodyTop + rows.length * l.rowHeight) legend.push(text);
    },
    clip: (_x, _y, _w, _h, draw) => draw(),
  };
  const chartW = scaleWidth(l.scale);
  paintTimeline(
    painter,
    doc,
    l,
    { x0: 0, x1: chartW, r0: 0, r1: rows.length - 1 },
    {
      locale,
      subtitle: '',
      pageLabel: '',
      pacingLabels: null,
    },
  );
  return { boxes, legend, l };
}

const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the exported timeline’s header labels', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    // 12 px a day fits a 71-day 双11 plan into about 1,100 px: the PNG at 1280 px; 6 px is the tightest.
    for (const pxPerDay of [6, 12, 18]) {
      it(`${locale}, ${pxPerDay} px a day: no two labels, phase names, moments or date ticks overlap`, () => {
        const doc = crowdedDouble11(locale);
        const { boxes, legend, l } = headerBoxes(doc, locale, pxPerDay);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.text} × ${boxes[j]!.text}`).toBe(false);
        // Every key moment and phase is named: in full in the header, or by key plus legend entry.
        const shown = new Set(boxes.map((b) => b.text));
        const legendText = legend.join(' ');
        for (const m of headerMarks(doc, locale).moments)
          expect(shown.has(m.label) || legendText.includes(`${m.label} ${m.when}`), m.label).toBe(true);
        for (const p of doc.phases)
          expect(shown.has(p.name) || legendText.includes(p.name), p.name).toBe(true);
        // The legend has room on the page and in the PNG.
        expect(pngSize(l).height).toBeGreaterThanOrEqual(
          l.titleHeight + headerHeight(l) + l.rows.length * l.rowHeight + l.legendHeight,
        );
        expect(pdfPages(l, 'A4', 'fit').regions.length).toBeGreaterThan(0);
      });
    }
  }

  it('shortens crowded moments to numbered keys with a legend at 6 px a day', () => {
    const { legend, l } = headerBoxes(crowdedDouble11('zh-CN'), 'zh-CN', 6);
    expect(l.labels.moments.legend.length).toBeGreaterThan(0);
    expect(legend.some((t) => /^\d+ .+ \d{2}-\d{2}( \d{2}:\d{2})?$/.test(t))).toBe(true);
  });
});
