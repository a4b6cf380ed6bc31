import { StrictMode, useMemo, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  Gantt,
  Willow,
  type IColumnConfig,
  type ILink,
  type IScaleConfig,
  type ITask,
} from '@svar-ui/react-gantt';
// The component styles only: `all.css` and <Willow fonts> load Open Sans, Roboto and icon fonts
// from cdn.svar.dev, and this page (like the app) makes no network request.
import '@svar-ui/react-gantt/style.css';
import { generateLargePlan } from '../fixtures/generatePlan';
import { addDays, diffDays, type PlanDocument } from '../../../shared/domain';

/**
 * Bench-only: SVAR React Gantt (MIT core) showing the same generated plan as the own timeline
 * suite, driven by tests/bench/suites/svar.ts through `window.svarBench`. It exists only to
 * measure the issue-3 figures side by side; the app does not ship SVAR.
 */

type ZoomChoice = 'day' | 'week' | 'month' | 'fit';

/** The own timeline's pixels per day at each zoom (shared/planning/timeScale.ts). */
const PX_PER_DAY = { day: 32, week: 12, month: 4 } as const;

function toDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const monthScale: IScaleConfig = {
  unit: 'month',
  step: 1,
  format: (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月`,
};

/** Scales and cell width giving the same pixels per day as the own renderer at each zoom. */
function scaleFor(
  zoom: ZoomChoice,
  days: number,
  chartWidth: number,
): { scales: IScaleConfig[]; cellWidth: number } {
  if (zoom === 'day')
    return {
      scales: [monthScale, { unit: 'day', step: 1, format: (d: Date) => String(d.getDate()) }],
      cellWidth: PX_PER_DAY.day,
    };
  const week: IScaleConfig = {
    unit: 'week',
    step: 1,
    format: (d: Date) => `${d.getMonth() + 1}/${d.getDate()}`,
  };
  if (zoom === 'week') return { scales: [monthScale, week], cellWidth: PX_PER_DAY.week * 7 };
  if (zoom === 'month')
    return {
      scales: [{ unit: 'year', step: 1, format: (d: Date) => `${d.getFullYear()}` }, monthScale],
      cellWidth: Math.round(PX_PER_DAY.month * 30.4),
    };
  return { scales: [monthScale, week], cellWidth: Math.max(7, Math.floor((chartWidth / days) * 7)) };
}

/** The plan as SVAR data: phases are open summary rows (the own timeline groups by phase). */
function toSvar(doc: PlanDocument): { tasks: ITask[]; links: ILink[] } {
  const tasks: ITask[] = doc.phases.map((phase) => ({
    id: phase.id,
    text: phase.name,
    start: toDate(phase.startDate),
    end: toDate(addDays(phase.endDate, 1)),
    type: 'summary',
    open: true,
    parent: 0,
    progress: 0,
  }));
  const links: ILink[] = [];
  for (const task of doc.tasks) {
    tasks.push(
      task.isMilestone
        ? {
            id: task.id,
            text: task.title,
            start: toDate(task.startDate),
            type: 'milestone',
            parent: task.phaseId ?? 0,
          }
        : {
            id: task.id,
            text: task.title,
            start: toDate(task.startDate),
            // SVAR's end is exclusive; the plan's end date is the last day of work.
            end: toDate(addDays(task.endDate, 1)),
            type: 'task',
            parent: task.phaseId ?? 0,
            progress: Math.round(task.progress * 100),
          },
    );
    for (const p of task.predecessors)
      links.push({
        id: `${p.taskId}>${task.id}`,
        source: p.taskId,
        target: task.id,
        type: p.type === 'SS' ? 's2s' : 'e2s',
      });
  }
  return { tasks, links };
}

const columns: IColumnConfig[] = [
  { id: 'text', header: '任务', width: 220 },
  { id: 'start', header: '开始', width: 90, align: 'center' },
  { id: 'duration', header: '天数', width: 60, align: 'center' },
];
const GRID_WIDTH = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);

const zoomButtons: { zoom: ZoomChoice; label: string }[] = [
  { zoom: 'month', label: '月' },
  { zoom: 'week', label: '周' },
  { zoom: 'day', label: '日' },
  { zoom: 'fit', label: '整个活动' },
];

function Bench(props: { doc: PlanDocument; width: number; height: number }) {
  const { doc, width, height } = props;
  const [zoom, setZoom] = useState<ZoomChoice>('week');
  // Converting the plan is part of showing it, as the own timeline builds its model on mount.
  const data = useMemo(() => toSvar(doc), [doc]);
  const days = diffDays(doc.plan.startDate, doc.plan.endDate) + 1;
  const { scales, cellWidth } = scaleFor(zoom, days, width - GRID_WIDTH);
  return (
    <Willow fonts={false}>
      <div style={{ display: 'flex', gap: 4, padding: 4, height: 32, boxSizing: 'border-box' }}>
        {zoomButtons.map((b) => (
          <button key={b.zoom} type="button" aria-pressed={zoom === b.zoom} onClick={() => setZoom(b.zoom)}>
            {b.label}
          </button>
        ))}
      </div>
      <div data-testid="svar-frame" style={{ width, height }}>
        <Gantt
          tasks={data.tasks}
          links={data.links}
          scales={scales}
          cellWidth={cellWidth}
          cellHeight={30}
          scaleHeight={28}
          lengthUnit="day"
          durationUnit="day"
          columns={columns}
          start={toDate(doc.plan.startDate)}
          end={toDate(addDays(doc.plan.endDate, 1))}
          autoScale={false}
        />
      </div>
    </Willow>
  );
}

let root: Root | null = null;
let prepared: PlanDocument | null = null;

const api = {
  /** Generates the plan (untimed): the same generator and options as the own timeline suite. */
  prepare(tasks: number): void {
    prepared = generateLargePlan({ tasks, links: Math.round(tasks * 0.75), seed: 11 });
  },
  /** Mounts the Gantt with the prepared plan in a frame of the given size. */
  show(width: number, height: number): void {
    if (!prepared) throw new Error('svarBench.show: call prepare(n) first');
    root?.unmount();
    const el = document.getElementById('root');
    if (!el) throw new Error('svarBench.show: #root is missing');
    root = createRoot(el);
    root.render(
      <StrictMode>
        <Bench doc={prepared} width={width} height={height} />
      </StrictMode>,
    );
  },
  unmount(): void {
    root?.unmount();
    root = null;
  },
};

declare global {
  interface Window {
    svarBench: typeof api;
  }
}
window.svarBench = api;
