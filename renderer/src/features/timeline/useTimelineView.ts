import { useCallback, useMemo, useState } from 'react';
import { addDays, type TaskId } from '../../../../shared/domain';
import {
  fitPxPerDay,
  pxPerDayByZoom,
  zoomForPxPerDay,
  type Zoom,
} from '../../../../shared/planning/timeScale';
import type { GanttHandle } from './GanttView';
import type { GroupBy } from './rows';
import { AXIS_PAD_DAYS, NONE_FOLDED } from './useTimelineModel';

export type ZoomChoice = Zoom | 'fit';

/** The critical path and the baseline drawn over the bars, and how to switch them. */
export interface ChartLayers {
  showCritical: boolean;
  setShowCritical(show: boolean): void;
  baselineId: string | null;
  setBaselineId(id: string | null): void;
}

/** Zoom order for the zoom-in/out keys and buttons, from coarse to fine. */
const ORDER: Zoom[] = ['month', 'week', 'day'];

/**
 * What the planner chose to see on the timeline — grouping, folded groups, zoom, critical path,
 * baseline, selected bars — and the ways to change it. None of it is stored with the plan.
 */
export function useTimelineView(
  gantt: { current: GanttHandle | null },
  span: { start: string; end: string },
) {
  const [groupBy, setGroupBy] = useState<GroupBy>('phase');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NONE_FOLDED);
  const [zoomChoice, setZoomChoice] = useState<ZoomChoice>('week');
  const [fitPx, setFitPx] = useState<number>(pxPerDayByZoom.day);
  const [showCritical, setShowCritical] = useState(false);
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<TaskId>>(new Set());

  const pxPerDay = zoomChoice === 'fit' ? fitPx : pxPerDayByZoom[zoomChoice];
  const zoom = zoomChoice === 'fit' ? zoomForPxPerDay(fitPx) : zoomChoice;

  const onSelect = useCallback((id: TaskId, additive: boolean) => {
    setSelection((prev) => {
      if (!additive) return new Set([id]);
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onToggleGroup = useCallback((key: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const chooseZoom = useCallback(
    (choice: ZoomChoice) => {
      if (choice === 'fit') {
        const width = gantt.current?.viewportWidth() ?? 1000;
        setFitPx(fitPxPerDay(addDays(span.start, -AXIS_PAD_DAYS), addDays(span.end, AXIS_PAD_DAYS), width));
      }
      setZoomChoice(choice);
    },
    [gantt, span.start, span.end],
  );

  const onKeyCommand = useCallback(
    (command: 'zoomIn' | 'zoomOut' | 'fit') => {
      if (command === 'fit') return chooseZoom('fit');
      const next = ORDER.indexOf(zoom) + (command === 'zoomIn' ? 1 : -1);
      chooseZoom(ORDER[Math.max(0, Math.min(ORDER.length - 1, next))] as Zoom);
    },
    [zoom, chooseZoom],
  );

  // What the chart draws over the bars, for the toolbar's switches: one object while unchanged.
  const layers: ChartLayers = useMemo(
    () => ({ showCritical, setShowCritical, baselineId, setBaselineId }),
    [showCritical, baselineId],
  );

  return {
    layers,
    groupBy,
    setGroupBy,
    collapsed,
    onToggleGroup,
    zoomChoice,
    pxPerDay,
    zoom,
    chooseZoom,
    onKeyCommand,
    selection,
    setSelection,
    onSelect,
  };
}
