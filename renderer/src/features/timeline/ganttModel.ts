import type { Phase, Task, TaskId } from '../../../../shared/domain';
import type { TimelineMarker } from '../../../../shared/calendar/keyMoments';
import type { SpendPacing } from '../../../../shared/charts/pacing';
import type { TaskSchedule } from '../../../../shared/planning/scheduling';
import type { TimeScale } from '../../../../shared/planning/timeScale';
import type { Locale } from '../../i18n';
import type { CalendarDay, ChartStyle } from './chartModel';
import type { CellEdit, GridColumn } from './GridLayer';
import type { TimelineRow } from './rows';
import type { DragCallbacks } from './useBarDrag';

/**
 * What the Gantt draws, built once per change by useTimelineModel (the screen) or by presentation
 * mode, and handed to GanttView whole: each part keeps its identity until its inputs change, so
 * the memoised layers below re-render only for what changed.
 */
export interface GanttModel {
  rows: readonly TimelineRow[];
  scale: TimeScale;
  calendar: readonly CalendarDay[];
  phases: readonly Phase[];
  markers: readonly TimelineMarker[];
  /** Today, for the today line and overdue bars. */
  today: string;
  style: ChartStyle;
  schedule: ReadonlyMap<TaskId, TaskSchedule> | null;
  rowOfTask: ReadonlyMap<TaskId, number>;
  successors: ReadonlyMap<TaskId, TaskId[]>;
  tasksById: ReadonlyMap<TaskId, Task>;
  pacing: SpendPacing | null;
}

/** How the Gantt looks and reads: sizes, columns, language (the screen's and the projector's differ). */
export interface GanttLook {
  rowHeight: number;
  fontSize: number;
  columns: readonly GridColumn[];
  readOnly: boolean;
  locale: Locale;
  adjustedShort: string;
  formatDate(iso: string): string;
  formatSlack(days: number): string;
}

/** What the Gantt tells its screen: the drag's edits and selection, the grid's, and zoom keys. */
export interface GanttCallbacks extends DragCallbacks {
  onToggleGroup(key: string): void;
  onEdit(edit: CellEdit): void;
  onKeyCommand?(command: 'zoomIn' | 'zoomOut' | 'fit'): void;
}

/** Header height for a font size: three rows (months, phases, days). */
export function headerHeight(fontSize: number): number {
  return Math.round(fontSize * 1.6) * 3;
}
