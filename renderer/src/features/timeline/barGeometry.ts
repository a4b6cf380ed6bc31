import type { Task, TaskId } from '../../../../shared/domain';
import type { TimeScale } from '../../../../shared/planning/timeScale';
import type { ChartStyle } from './chartModel';

/** What bars and links need to draw themselves: one object per axis, style, rows and look. */
export interface Geometry {
  scale: TimeScale;
  rowHeight: number;
  style: ChartStyle;
  rowOfTask: ReadonlyMap<TaskId, number>;
  tasksById: ReadonlyMap<TaskId, Task>;
  readOnly: boolean;
  fontSize: number;
}

export function barHeight(rowHeight: number): number {
  return Math.round(rowHeight * 0.5);
}

export function barTop(g: Geometry, rowIndex: number): number {
  const barH = barHeight(g.rowHeight);
  return rowIndex * g.rowHeight + Math.round((g.rowHeight - barH) / 2) - (g.style.baselineById ? 3 : 0);
}
