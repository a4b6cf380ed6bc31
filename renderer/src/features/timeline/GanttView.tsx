import { useImperativeHandle, useRef, useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { IsoDate, TaskId } from '../../../../shared/domain';
import { dateToX, scaleWidth } from '../../../../shared/planning/timeScale';
import { ChartLayer } from './ChartLayer';
import { headerHeight, type GanttCallbacks, type GanttLook, type GanttModel } from './ganttModel';
import { GridLayer, type GridColumn } from './GridLayer';
import { PacingStrip, PACING_HEIGHT } from './PacingStrip';
import { dayChunkSize } from './renderWindow';
import { TimeHeader } from './TimeHeader';
import { useBarDrag } from './useBarDrag';
import { ganttKeyHandler } from './useGanttKeys';
import { useRenderWindow } from './useRenderWindow';

export interface GanttHandle {
  scrollToTask(id: TaskId): void;
  scrollToDate(date: string): void;
  viewportWidth(): number;
  scroller(): HTMLDivElement | null;
}

export interface GanttViewProps {
  model: GanttModel;
  look: GanttLook;
  selection: ReadonlySet<TaskId>;
  on: GanttCallbacks;
  pacingLabel?: ReactNode;
  handleRef?: Ref<GanttHandle>;
  /** Centred in view when the Gantt first shows (the screen's opening date); the start otherwise. */
  openOn?: IsoDate;
}

/**
 * The Gantt's sizes as CSS variables on the scroller: every grid row and cell takes its height and
 * width from them (timeline.css), instead of carrying its own inline style.
 */
function scrollerStyle(fontSize: number, rowHeight: number, columns: readonly GridColumn[]): CSSProperties {
  const vars: Record<string, string> = { '--tl-font': `${fontSize}px`, '--tl-row': `${rowHeight}px` };
  for (const c of columns) vars[`--tl-col-${c.key}`] = `${c.width}px`;
  return vars as CSSProperties;
}

/**
 * One scroll container holds a sticky header, a sticky grid column, the chart and a sticky pacing
 * strip, so all four scroll together natively. Only a window of rows and days around the viewport
 * is rendered (useRenderWindow); scrolling re-renders only when the viewport leaves that window.
 */
export function GanttView({ model, look, selection, on, pacingLabel, handleRef, openOn }: GanttViewProps) {
  const { rows, scale, pacing } = model;
  const { rowHeight, fontSize, columns, readOnly } = look;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const ghostRef = useRef<SVGPathElement | null>(null);
  const headerH = headerHeight(fontSize);
  const gridW = columns.reduce((sum, c) => sum + c.width, 0);
  const chartW = scaleWidth(scale);
  const bodyH = Math.max(rowHeight, rows.length * rowHeight);
  const pacingH = pacing ? PACING_HEIGHT : 0;
  const chunk = dayChunkSize(scale.pxPerDay);
  const [editing, setEditing] = useState<{ id: TaskId; key: GridColumn['key'] } | null>(null);
  const { win, update } = useRenderWindow(
    scrollRef,
    { headerH, footerH: pacingH, gridW, rowHeight, rowCount: rows.length, scale, chunk },
    openOn === undefined ? undefined : (viewW) => dateToX(scale, openOn) - viewW / 2,
  );

  useImperativeHandle(
    handleRef,
    () => ({
      scrollToTask(id) {
        const el = scrollRef.current;
        const row = model.rowOfTask.get(id);
        const task = model.tasksById.get(id);
        if (!el || row === undefined || !task) return;
        const viewH = el.clientHeight - headerH - pacingH;
        const y = row * rowHeight;
        if (y < el.scrollTop || y + rowHeight > el.scrollTop + viewH)
          el.scrollTop = Math.max(0, y - viewH / 3);
        const x = dateToX(scale, task.startDate);
        const viewW = el.clientWidth - gridW;
        if (x < el.scrollLeft || x > el.scrollLeft + viewW - 40) el.scrollLeft = Math.max(0, x - viewW / 4);
        update('jump');
      },
      scrollToDate(date) {
        const el = scrollRef.current;
        if (!el) return;
        el.scrollLeft = Math.max(0, dateToX(scale, date) - (el.clientWidth - gridW) / 2);
        update('jump');
      },
      viewportWidth() {
        return Math.max(200, (scrollRef.current?.clientWidth ?? 1000) - gridW - 16);
      },
      scroller() {
        return scrollRef.current;
      },
    }),
    [model.rowOfTask, model.tasksById, pacingH, headerH, rowHeight, scale, gridW, update],
  );

  const drag = useBarDrag({ scale, readOnly, selection, ghostRef, callbacks: on });
  const onKeyDown = ganttKeyHandler({
    rows,
    rowOfTask: model.rowOfTask,
    selection,
    look,
    on,
    chromeH: headerH + pacingH,
    headerH,
    pxPerDay: scale.pxPerDay,
    chartW,
    edit: setEditing,
  });

  return (
    <div
      ref={scrollRef}
      className="tl-scroller"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="timeline-scroller"
      style={scrollerStyle(fontSize, rowHeight, columns)}
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
            <TimeHeader model={model} look={look} c0={win.c0} c1={win.c1} chunk={chunk} />
          </div>
        </div>
        <div className="tl-body" style={{ height: bodyH, width: gridW + chartW }}>
          <div className="tl-grid" style={{ width: gridW, height: bodyH }}>
            <GridLayer
              rows={rows}
              b0={win.b0}
              b1={win.b1}
              look={look}
              selection={selection}
              schedule={model.schedule}
              on={on}
              editing={editing}
              setEditing={setEditing}
            />
          </div>
          <div
            className={`tl-chart-area${readOnly ? ' tl-readonly' : ''}`}
            style={{ width: chartW, height: bodyH }}
            onPointerDown={drag.onPointerDown}
            onContextMenu={drag.onContextMenu}
            onDoubleClick={(e) => {
              if (readOnly) return;
              const id = (e.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
              if (id) setEditing({ id: id as TaskId, key: 'title' });
            }}
          >
            <ChartLayer
              model={model}
              look={look}
              win={win}
              height={bodyH}
              selection={selection}
              ghostRef={ghostRef}
              headerTop={headerH}
            />
          </div>
        </div>
        {pacing && (
          <div className="tl-pacing" style={{ height: pacingH, width: gridW + chartW }}>
            <div className="tl-pacing-label" style={{ width: gridW, height: pacingH }}>
              {pacingLabel}
            </div>
            <div style={{ position: 'relative', width: chartW, height: pacingH }}>
              <PacingStrip pacing={pacing} scale={scale} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
