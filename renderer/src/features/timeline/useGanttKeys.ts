import type { KeyboardEvent } from 'react';
import type { TaskId } from '../../../../shared/domain';
import type { GanttCallbacks, GanttLook } from './ganttModel';
import type { GridColumn } from './GridLayer';
import type { TimelineRow } from './rows';

/**
 * The scroller's keys: ↑/↓ select the next task row (Shift adds), Alt+←/→ move the selection a
 * day, ←/→ PageUp/PageDown Home/End scroll, + − F zoom, Enter edits the selected task's title.
 */
export function ganttKeyHandler(args: {
  rows: readonly TimelineRow[];
  rowOfTask: ReadonlyMap<TaskId, number>;
  selection: ReadonlySet<TaskId>;
  look: GanttLook;
  on: GanttCallbacks;
  /** Header plus pacing strip: the part of the scroller rows never show under. */
  chromeH: number;
  headerH: number;
  pxPerDay: number;
  chartW: number;
  edit(cell: { id: TaskId; key: GridColumn['key'] }): void;
}) {
  const { rows, rowOfTask, selection, look, on, chromeH, headerH, pxPerDay, chartW } = args;
  const { rowHeight, readOnly } = look;
  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const el = e.currentTarget;
    const selected = [...selection];
    const current = selected.length ? rowOfTask.get(selected[selected.length - 1] as TaskId) : undefined;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey) {
      e.preventDefault();
      let i = current ?? (e.key === 'ArrowDown' ? -1 : rows.length);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      for (i += step; i >= 0 && i < rows.length; i += step) {
        const r = rows[i];
        if (r?.kind === 'task') {
          on.onSelect(r.task.id, e.shiftKey);
          const y = i * rowHeight;
          const viewH = el.clientHeight - chromeH;
          if (y < el.scrollTop) el.scrollTop = y;
          else if (y + rowHeight > el.scrollTop + viewH) el.scrollTop = y + rowHeight - viewH;
          break;
        }
      }
      return;
    }
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.altKey && !readOnly && selected.length) {
      e.preventDefault();
      on.onMove(selected, e.key === 'ArrowLeft' ? -1 : 1);
      return;
    }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      el.scrollLeft += (e.key === 'ArrowLeft' ? -1 : 1) * Math.max(pxPerDay, 40);
      return;
    }
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      el.scrollTop += (e.key === 'PageUp' ? -1 : 1) * (el.clientHeight - headerH - rowHeight);
      return;
    }
    if (e.key === 'Home') el.scrollLeft = 0;
    else if (e.key === 'End') el.scrollLeft = chartW;
    else if (e.key === '+' || e.key === '=') on.onKeyCommand?.('zoomIn');
    else if (e.key === '-') on.onKeyCommand?.('zoomOut');
    else if (e.key === 'f' || e.key === 'F') on.onKeyCommand?.('fit');
    else if (e.key === 'Enter' && selected.length === 1 && !readOnly)
      args.edit({ id: selected[0] as TaskId, key: 'title' });
    else return;
    e.preventDefault();
  };
}
