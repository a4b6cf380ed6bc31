import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import type { Phase, Task, TaskId } from '../../../../shared/domain';
import type { TimelineMarker } from '../../../../shared/calendar/keyMoments';
import type { SpendPacing } from '../../../../shared/charts/pacing';
import type { TaskSchedule } from '../../../../shared/planning/scheduling';
import { dateToX, scaleWidth, type TimeScale } from '../../../../shared/planning/timeScale';
import { ChartLayer } from './ChartLayer';
import type { CalendarDay, ChartStyle } from './chartModel';
import { GridLayer, type CellEdit, type GridColumn } from './GridLayer';
import { PacingStrip, PACING_HEIGHT } from './PacingStrip';
import { dayChunkSize, nextWindow, type RenderWindow, type ViewRange } from './renderWindow';
import type { TimelineRow } from './rows';
import { TimeHeader } from './TimeHeader';
import { useBarDrag, type DragCallbacks } from './useBarDrag';

export interface GanttHandle {
  scrollToTask(id: TaskId): void;
  scrollToDate(date: string): void;
  viewportWidth(): number;
  scroller(): HTMLDivElement | null;
}

export interface GanttViewProps extends DragCallbacks {
  rows: readonly TimelineRow[];
  scale: TimeScale;
  rowHeight: number;
  fontSize: number;
  columns: readonly GridColumn[];
  readOnly: boolean;
  calendar: readonly CalendarDay[];
  phases: readonly Phase[];
  markers: readonly TimelineMarker[];
  today: string;
  style: ChartStyle;
  schedule: ReadonlyMap<TaskId, TaskSchedule> | null;
  selection: ReadonlySet<TaskId>;
  rowOfTask: ReadonlyMap<TaskId, number>;
  successors: ReadonlyMap<TaskId, TaskId[]>;
  tasksById: ReadonlyMap<TaskId, Task>;
  pacing: SpendPacing | null;
  pacingLabel?: React.ReactNode;
  locale: 'zh-CN' | 'en-US';
  adjustedShort: string;
  formatDate(iso: string): string;
  formatSlack(days: number): string;
  onToggleGroup(key: string): void;
  onEdit(edit: CellEdit): void;
  onKeyCommand?(command: 'zoomIn' | 'zoomOut' | 'fit'): void;
  handleRef?: Ref<GanttHandle>;
}

function viewRange(
  el: HTMLDivElement,
  headerH: number,
  gridW: number,
  rowHeight: number,
  rowCount: number,
  scale: TimeScale,
): ViewRange {
  const top = Math.max(0, el.scrollTop);
  const chartLeft = Math.max(0, el.scrollLeft);
  const viewH = Math.max(1, el.clientHeight - headerH);
  const viewW = Math.max(1, el.clientWidth - gridW);
  return {
    vr0: Math.max(0, Math.floor(top / rowHeight)),
    vr1: Math.min(Math.max(0, rowCount - 1), Math.ceil((top + viewH) / rowHeight)),
    vd0: Math.max(0, Math.floor(chartLeft / scale.pxPerDay)),
    vd1: Math.min(scale.dayCount - 1, Math.ceil((chartLeft + viewW) / scale.pxPerDay)),
  };
}

/**
 * One scroll container holds a sticky header, a sticky grid column, the chart and a sticky pacing
 * strip, so all four scroll together natively. Only a window of rows and days around the viewport
 * is rendered; scrolling re-renders only when the viewport leaves that window.
 */
export function GanttView(props: GanttViewProps) {
  const { rows, scale, rowHeight, columns } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const ghostRef = useRef<SVGPathElement | null>(null);
  const headerH = Math.round(props.fontSize * 1.6) * 3;
  const gridW = columns.reduce((sum, c) => sum + c.width, 0);
  const chartW = scaleWidth(scale);
  const bodyH = Math.max(rowHeight, rows.length * rowHeight);
  const chunk = dayChunkSize(scale.pxPerDay);
  const [win, setWin] = useState<RenderWindow>({ b0: 0, b1: 2, c0: 0, c1: 1 });
  const [editing, setEditing] = useState<{ id: TaskId; key: GridColumn['key'] } | null>(null);

  const winRef = useRef(win);
  const geometry = useRef({ headerH, gridW, rowHeight, rowCount: rows.length, scale, chunk });
  useLayoutEffect(() => {
    geometry.current = { headerH, gridW, rowHeight, rowCount: rows.length, scale, chunk };
  });

  const updateWindow = useCallback((force: boolean) => {
    const el = scrollRef.current;
    if (!el) return;
    const g = geometry.current;
    const view = viewRange(el, g.headerH, g.gridW, g.rowHeight, g.rowCount, g.scale);
    const next = nextWindow(force ? null : winRef.current, view, g.rowCount, g.scale.dayCount, g.chunk);
    if (!next) return;
    const cur = winRef.current;
    if (next.b0 === cur.b0 && next.b1 === cur.b1 && next.c0 === cur.c0 && next.c1 === cur.c1) return;
    winRef.current = next;
    // Synchronous, so a fast scroll never shows an empty strip before React catches up.
    flushSync(() => setWin(next));
  }, []);

  // Re-window when the content changes size (zoom, grouping, collapse).
  useLayoutEffect(() => {
    updateWindow(true);
  }, [updateWindow, rows.length, scale.pxPerDay, scale.dayCount, scale.originDay, rowHeight, headerH]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => updateWindow(false);
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(() => updateWindow(true));
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [updateWindow]);

  // Keep the date in the middle of the view where it was when the zoom changes.
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const prev = lastScale.current;
    lastScale.current = scale;
    const el = scrollRef.current;
    if (!el || (prev.pxPerDay === scale.pxPerDay && prev.originDay === scale.originDay)) return;
    const viewW = el.clientWidth - gridW;
    const centreDay = prev.originDay + (el.scrollLeft + viewW / 2) / prev.pxPerDay;
    el.scrollLeft = Math.max(0, (centreDay - scale.originDay) * scale.pxPerDay - viewW / 2);
  }, [scale, gridW]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      scrollToTask(id) {
        const el = scrollRef.current;
        const row = props.rowOfTask.get(id);
        const task = props.tasksById.get(id);
        if (!el || row === undefined || !task) return;
        const viewH = el.clientHeight - headerH - (props.pacing ? PACING_HEIGHT : 0);
        const y = row * rowHeight;
        if (y < el.scrollTop || y + rowHeight > el.scrollTop + viewH)
          el.scrollTop = Math.max(0, y - viewH / 3);
        const x = dateToX(scale, task.startDate);
        const viewW = el.clientWidth - gridW;
        if (x < el.scrollLeft || x > el.scrollLeft + viewW - 40) el.scrollLeft = Math.max(0, x - viewW / 4);
        updateWindow(false);
      },
      scrollToDate(date) {
        const el = scrollRef.current;
        if (!el) return;
        el.scrollLeft = Math.max(0, dateToX(scale, date) - (el.clientWidth - gridW) / 2);
        updateWindow(false);
      },
      viewportWidth() {
        return Math.max(200, (scrollRef.current?.clientWidth ?? 1000) - gridW - 16);
      },
      scroller() {
        return scrollRef.current;
      },
    }),
    [props.rowOfTask, props.tasksById, props.pacing, headerH, rowHeight, scale, gridW, updateWindow],
  );

  const drag = useBarDrag({
    scale,
    readOnly: props.readOnly,
    selection: props.selection,
    ghostRef,
    callbacks: props,
  });

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const el = e.currentTarget;
    const selected = [...props.selection];
    const current = selected.length
      ? props.rowOfTask.get(selected[selected.length - 1] as TaskId)
      : undefined;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey) {
      e.preventDefault();
      let i = current ?? (e.key === 'ArrowDown' ? -1 : rows.length);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      for (i += step; i >= 0 && i < rows.length; i += step) {
        const r = rows[i];
        if (r?.kind === 'task') {
          props.onSelect(r.task.id, e.shiftKey);
          const y = i * rowHeight;
          const viewH = el.clientHeight - headerH - (props.pacing ? PACING_HEIGHT : 0);
          if (y < el.scrollTop) el.scrollTop = y;
          else if (y + rowHeight > el.scrollTop + viewH) el.scrollTop = y + rowHeight - viewH;
          break;
        }
      }
      return;
    }
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.altKey && !props.readOnly && selected.length) {
      e.preventDefault();
      props.onMove(selected, e.key === 'ArrowLeft' ? -1 : 1);
      return;
    }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      el.scrollLeft += (e.key === 'ArrowLeft' ? -1 : 1) * Math.max(scale.pxPerDay, 40);
      return;
    }
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      el.scrollTop += (e.key === 'PageUp' ? -1 : 1) * (el.clientHeight - headerH - rowHeight);
      return;
    }
    if (e.key === 'Home') el.scrollLeft = 0;
    else if (e.key === 'End') el.scrollLeft = chartW;
    else if (e.key === '+' || e.key === '=') props.onKeyCommand?.('zoomIn');
    else if (e.key === '-') props.onKeyCommand?.('zoomOut');
    else if (e.key === 'f' || e.key === 'F') props.onKeyCommand?.('fit');
    else if (e.key === 'Enter' && selected.length === 1 && !props.readOnly)
      setEditing({ id: selected[0] as TaskId, key: 'title' });
    else return;
    e.preventDefault();
  };

  const pacingH = props.pacing ? PACING_HEIGHT : 0;

  return (
    <div
      ref={scrollRef}
      className="tl-scroller"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="timeline-scroller"
      style={{ ['--tl-font' as string]: `${props.fontSize}px` }}
    >
      <div className="tl-content" style={{ width: gridW + chartW, height: headerH + bodyH + pacingH }}>
        <div className="tl-header" style={{ height: headerH, width: gridW + chartW }}>
          <div className="tl-corner" style={{ width: gridW, height: headerH }}>
            {columns.map((c) => (
              <div key={c.key} className="tl-corner-cell" style={{ width: c.width }}>
                {c.label}
              </div>
            ))}
          </div>
          <div style={{ position: 'relative', width: chartW, height: headerH }}>
            <TimeHeader
              scale={scale}
              c0={win.c0}
              c1={win.c1}
              chunk={chunk}
              phases={props.phases}
              markers={props.markers}
              calendar={props.calendar}
              locale={props.locale}
              fontSize={props.fontSize}
              adjustedShort={props.adjustedShort}
            />
          </div>
        </div>
        <div className="tl-body" style={{ height: bodyH, width: gridW + chartW }}>
          <div className="tl-grid" style={{ width: gridW, height: bodyH }}>
            <GridLayer
              rows={rows}
              b0={win.b0}
              b1={win.b1}
              rowHeight={rowHeight}
              fontSize={props.fontSize}
              columns={columns}
              selection={props.selection}
              schedule={props.schedule}
              readOnly={props.readOnly}
              formatDate={props.formatDate}
              formatSlack={props.formatSlack}
              onToggleGroup={props.onToggleGroup}
              onSelect={props.onSelect}
              onContextMenu={props.onContextMenu}
              onEdit={props.onEdit}
              editing={editing}
              setEditing={setEditing}
            />
          </div>
          <div
            className={`tl-chart-area${props.readOnly ? ' tl-readonly' : ''}`}
            style={{ width: chartW, height: bodyH }}
            onPointerDown={drag.onPointerDown}
            onContextMenu={drag.onContextMenu}
            onDoubleClick={(e) => {
              if (props.readOnly) return;
              const id = (e.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
              if (id) setEditing({ id: id as TaskId, key: 'title' });
            }}
          >
            <ChartLayer
              rows={rows}
              b0={win.b0}
              b1={win.b1}
              scale={scale}
              rowHeight={rowHeight}
              height={bodyH}
              calendar={props.calendar}
              phases={props.phases}
              markers={props.markers}
              today={props.today}
              style={props.style}
              selection={props.selection}
              rowOfTask={props.rowOfTask}
              successors={props.successors}
              tasksById={props.tasksById}
              readOnly={props.readOnly}
              fontSize={props.fontSize}
              ghostRef={ghostRef}
            />
          </div>
        </div>
        {props.pacing && (
          <div className="tl-pacing" style={{ height: pacingH, width: gridW + chartW }}>
            <div className="tl-pacing-label" style={{ width: gridW, height: pacingH }}>
              {props.pacingLabel}
            </div>
            <div style={{ position: 'relative', width: chartW, height: pacingH }}>
              <PacingStrip pacing={props.pacing} scale={scale} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
