import { useEffect, useMemo, useRef, useState } from 'react';
import { useLatest } from '../../components/useLatest';
import type { PlanDocument, Task, TaskId } from '../../../../shared/domain';
import { diffDays, todayIso } from '../../../../shared/domain';
import { successorsOf } from '../../../../shared/planning/scheduling';
import { makeTimeScale, zoomForPxPerDay } from '../../../../shared/planning/timeScale';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { calendarDays, dayFill, keyMarkers, phaseColors, CRITICAL } from './chartModel';
import type { GanttCallbacks, GanttLook, GanttModel } from './ganttModel';
import { GanttView } from './GanttView';
import type { GridColumn } from './GridLayer';
import { timelineMessages } from './messages';
import { buildRows, indexTaskRows } from './rows';
import { planSpan } from './useTimelineModel';

function useViewport() {
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight });
  useEffect(() => {
    const on = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return size;
}

const noop = () => undefined;
/** Read-only: nothing is selected, moved or edited on the projector. */
const presentationCallbacks: GanttCallbacks = {
  onSelect: noop,
  onMove: noop,
  onResize: noop,
  onLink: noop,
  onContextMenu: noop,
  onToggleGroup: noop,
  onEdit: noop,
};

/**
 * Full screen, read-only, sized for a projector: type scales with the screen height (16 px at 720p,
 * 24 px at 1080p). ← → step through the phases (and the whole campaign first); Esc leaves.
 */
export function PresentationMode({ doc, onExit }: { doc: PlanDocument; onExit(): void }) {
  const m = useMessages(timelineMessages);
  const app = useAppMessages();
  const locale = useLocale();
  const fmt = useFormat();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const { w, h } = useViewport();
  const phases = useMemo(() => [...doc.phases].sort((a, b) => a.order - b.order), [doc.phases]);
  const [index, setIndex] = useState(-1);
  const exitRef = useLatest(onExit);

  useEffect(() => {
    const el = rootRef.current;
    let entered = false;
    if (el && document.fullscreenEnabled) {
      el.requestFullscreen()
        .then(() => {
          entered = true;
        })
        .catch(() => undefined);
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        exitRef.current();
      } else if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        setIndex((i) => Math.min(phases.length - 1, i + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        setIndex((i) => Math.max(-1, i - 1));
      }
    };
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) exitRef.current();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [phases.length, exitRef]);

  const phase = index >= 0 ? phases[index] : undefined;
  const span = phase ? { start: phase.startDate, end: phase.endDate } : planSpan(doc);
  const fontSize = Math.max(16, Math.round(h / 45));
  const rowHeight = Math.round(fontSize * 2);
  const titleW = Math.round(Math.max(220, w * 0.22));
  const columns: GridColumn[] = useMemo(
    () => [
      { key: 'title', label: m.colTask, width: titleW },
      { key: 'owner', label: m.colOwner, width: fontSize * 5 },
    ],
    [m, titleW, fontSize],
  );
  const gridW = columns.reduce((s, c) => s + c.width, 0);
  // Fill the screen's width exactly (no upper limit as on screen: a phase of 4 days may be wide).
  const px = Math.max(1, (w - gridW - 24) / (diffDays(span.start, span.end) + 1));
  const scale = useMemo(
    () => makeTimeScale(span.start, span.end, px, zoomForPxPerDay(px), 0),
    [span.start, span.end, px],
  );
  const tasks = useMemo(
    () =>
      doc.tasks.filter(
        (t: Task) => t.status !== 'cancelled' && t.endDate >= span.start && t.startDate <= span.end,
      ),
    [doc.tasks, span.start, span.end],
  );
  const labels = useMemo(
    () => ({ noGroup: m.noGroup, unassigned: m.unassigned, workstream: app.enums.workstream }),
    [m, app],
  );
  const rows = useMemo(
    () =>
      buildRows(
        { tasks, phases: doc.phases, channels: doc.channels },
        phase ? 'workstream' : 'phase',
        new Set(),
        labels,
      ),
    [tasks, doc.phases, doc.channels, phase, labels],
  );
  const rowOfTask = useMemo(() => indexTaskRows(rows), [rows]);
  const tasksById = useMemo(() => new Map<TaskId, Task>(doc.tasks.map((t) => [t.id, t])), [doc.tasks]);
  const successors = useMemo(() => successorsOf(doc.tasks), [doc.tasks]);
  const calendar = useMemo(() => calendarDays(scale, doc.plan, locale), [scale, doc.plan, locale]);
  const markers = useMemo(() => keyMarkers(doc.plan, locale), [doc.plan, locale]);
  const style = useMemo(
    () => ({ showCritical: false, schedule: null, baselineById: null, phaseColor: phaseColors(doc.phases) }),
    [doc.phases],
  );
  const selection = useMemo(() => new Set<TaskId>(), []);
  const model: GanttModel = {
    rows,
    scale,
    calendar,
    phases: doc.phases,
    markers,
    today: todayIso(),
    style,
    schedule: null,
    rowOfTask,
    successors,
    tasksById,
    pacing: null,
  };
  const look: GanttLook = useMemo(
    () => ({
      rowHeight,
      fontSize,
      columns,
      readOnly: true,
      locale,
      adjustedShort: m.adjustedShort,
      formatDate: (iso: string) => fmt.date(iso, 'short'),
      formatSlack: String,
    }),
    [rowHeight, fontSize, columns, locale, m, fmt],
  );

  return (
    <div ref={rootRef} className="tl-present" data-testid="presentation" style={{ fontSize }}>
      <div className="tl-present-head">
        <div className="tl-present-what">
          <div className="tl-present-title">{doc.plan.name}</div>
          <div className="tl-present-sub">
            {fmt.date(doc.plan.startDate)} – {fmt.date(doc.plan.endDate)}
          </div>
          {/* A line of its own: beside the dates, a narrow window broke it after a dangling "·". */}
          <div className="tl-present-sub">
            <b style={{ color: phase?.color ? '#212529' : undefined }}>
              {phase
                ? m.presentPhaseName(
                    phase.name,
                    fmt.date(phase.startDate, 'short'),
                    fmt.date(phase.endDate, 'short'),
                  )
                : m.presentOverview}
            </b>
            {phase && ` · ${m.presentPhase(index + 1, phases.length)}`}
          </div>
        </div>
        <div className="tl-present-legend" aria-label={m.legend}>
          {phases.map((p) => (
            <span key={p.id}>
              <span className="sw" style={{ background: p.color }} />
              {p.name}
            </span>
          ))}
          <span>
            <span className="sw" style={{ background: dayFill.weekend, border: '1px solid #ced4da' }} />
            {m.legendWeekend}
          </span>
          <span>
            <span className="sw" style={{ background: dayFill.holiday }} />
            {m.legendHoliday}
          </span>
          <span>
            <span className="sw" style={{ background: dayFill.adjustedWorkday }} />
            {m.legendAdjusted}
          </span>
          <span>◆ {m.legendMilestone}</span>
          <span>
            <span className="sw" style={{ background: '#1c7ed6', width: 3 }} />
            {m.legendToday}
          </span>
          <span style={{ color: CRITICAL }}>┆ {m.legendKeyMoment}</span>
        </div>
      </div>
      <div style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <GanttView model={model} look={look} selection={selection} on={presentationCallbacks} />
      </div>
      <div className="tl-present-foot">
        <span>{m.presentHint}</span>
        <span>{app.appName}</span>
      </div>
    </div>
  );
}
