import { type RefObject } from 'react';
import { useLatest } from '../../components/useLatest';
import type { TaskId } from '../../../../shared/domain';
import { pixelsToDays, type TimeScale } from '../../../../shared/planning/timeScale';

export interface DragCallbacks {
  onSelect(id: TaskId, additive: boolean): void;
  onMove(ids: TaskId[], deltaDays: number): void;
  onResize(id: TaskId, edge: 'start' | 'end', deltaDays: number): void;
  onLink(fromId: TaskId, toId: TaskId, type: 'FS' | 'SS'): void;
  onContextMenu(id: TaskId, clientX: number, clientY: number): void;
}

type Part = 'body' | 'start' | 'end' | 'link-start' | 'link-end';

interface DragState {
  part: Part;
  id: TaskId;
  ids: TaskId[];
  startX: number;
  startY: number;
  moved: boolean;
  additive: boolean;
  days: number;
  /** The bars being moved and their original geometry, read once at pointerdown. */
  groups: SVGGElement[];
  body: SVGGraphicsElement | null;
  bodyX: number;
  bodyW: number;
  anchorX: number;
  anchorY: number;
  /** The chart's top-left on screen: its drawing's origin (every block draws in chart pixels). */
  chartLeft: number;
  chartTop: number;
}

/**
 * Pointer handling on the chart. While dragging nothing goes through React: moved bars get a CSS
 * transform, a resized bar's rect gets a new x/width, a link draws a ghost path. Chrome delivers
 * pointermove at most once per frame, so each move costs one style update. On release the edit is
 * committed once (one undo step), snapped to whole days.
 */
export function useBarDrag(opts: {
  scale: TimeScale;
  readOnly: boolean;
  selection: ReadonlySet<TaskId>;
  ghostRef: RefObject<SVGPathElement | null>;
  callbacks: DragCallbacks;
}) {
  const latest = useLatest(opts);

  const onContextMenu = (e: React.MouseEvent) => {
    const id = (e.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
    if (!id) return;
    e.preventDefault();
    latest.current.callbacks.onContextMenu(id as TaskId, e.clientX, e.clientY);
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0) return;
    const target = e.target as Element;
    const group = target.closest('[data-task-id]') as SVGGElement | null;
    const id = group?.getAttribute('data-task-id') as TaskId | null;
    if (!group || !id) return;
    e.preventDefault();
    const { readOnly, selection } = latest.current;
    const part = ((target.closest('[data-part]')?.getAttribute('data-part') ?? 'body') as Part) || 'body';
    const additive = e.ctrlKey || e.metaKey || e.shiftKey;
    const ids = part === 'body' && selection.has(id) ? [...selection] : [id];
    // A selection may span blocks, each its own <svg>: the dragged bars are found in the chart.
    const chart = group.closest('.tl-chart');
    const chartRect = chart?.getBoundingClientRect();
    const body = group.querySelector('[data-part="body"]') as SVGGraphicsElement | null;
    const bodyX = body ? Number(body.getAttribute('x') ?? 0) : 0;
    const bodyW = body ? Number(body.getAttribute('width') ?? 0) : 0;
    const barY = body
      ? Number(body.getAttribute('y') ?? 0) + Number(body.getAttribute('height') ?? 0) / 2
      : 0;
    const state: DragState = {
      part,
      id,
      ids,
      startX: e.clientX,
      startY: e.clientY,
      moved: false,
      additive,
      days: 0,
      groups: chart
        ? ids.flatMap((tid) => [
            ...chart.querySelectorAll<SVGGElement>(`g[data-task-id="${CSS.escape(tid)}"]`),
          ])
        : [],
      body,
      bodyX,
      bodyW,
      anchorX: part === 'link-start' ? bodyX : bodyX + bodyW,
      anchorY: barY,
      chartLeft: chartRect?.left ?? 0,
      chartTop: chartRect?.top ?? 0,
    };

    const move = (ev: PointerEvent) => {
      const dx = ev.clientX - state.startX;
      const dy = ev.clientY - state.startY;
      if (!state.moved && Math.abs(dx) < 3 && Math.abs(dy) < 3) return;
      if (readOnly) return;
      state.moved = true;
      const s = latest.current.scale;
      if (state.part === 'body') {
        state.days = pixelsToDays(s, dx);
        const shift = `translateX(${state.days * s.pxPerDay}px)`;
        for (const g of state.groups) g.style.transform = shift;
      } else if (state.part === 'start' || state.part === 'end') {
        state.days = pixelsToDays(s, dx);
        if (!state.body) return;
        const shift = state.days * s.pxPerDay;
        if (state.part === 'start') {
          const x = Math.min(state.bodyX + shift, state.bodyX + state.bodyW - s.pxPerDay);
          state.body.setAttribute('x', String(x));
          state.body.setAttribute('width', String(state.bodyX + state.bodyW - x));
        } else {
          state.body.setAttribute('width', String(Math.max(s.pxPerDay, state.bodyW + shift)));
        }
      } else {
        const ghost = latest.current.ghostRef.current;
        const x = ev.clientX - state.chartLeft;
        const y = ev.clientY - state.chartTop;
        ghost?.setAttribute('d', `M${state.anchorX},${state.anchorY} L${x},${y}`);
      }
    };

    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      const cb = latest.current.callbacks;
      const ghost = latest.current.ghostRef.current;
      ghost?.setAttribute('d', '');
      if (!state.moved) {
        cb.onSelect(state.id, state.additive);
        return;
      }
      // Put the DOM back as React rendered it; the commit re-renders the bars at their new dates.
      for (const g of state.groups) g.style.transform = '';
      if (state.body) {
        state.body.setAttribute('x', String(state.bodyX));
        state.body.setAttribute('width', String(state.bodyW));
      }
      if (state.part === 'body') {
        if (state.days !== 0) cb.onMove(state.ids, state.days);
      } else if (state.part === 'start' || state.part === 'end') {
        if (state.days !== 0) cb.onResize(state.id, state.part, state.days);
      } else {
        const hit = document.elementFromPoint(ev.clientX, ev.clientY)?.closest('[data-task-id]');
        const toId = hit?.getAttribute('data-task-id') as TaskId | null | undefined;
        if (toId && toId !== state.id) cb.onLink(state.id, toId, state.part === 'link-start' ? 'SS' : 'FS');
      }
    };

    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };

  return { onPointerDown, onContextMenu };
}
