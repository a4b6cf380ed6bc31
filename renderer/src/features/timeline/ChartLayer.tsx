import { memo, useMemo, useState, type PointerEvent, type RefObject } from 'react';
import type { TaskId } from '../../../../shared/domain';
import { BarBlock, selectedKeyOf } from './BarBlock';
import { ChartBackground } from './ChartBackground';
import { CRITICAL } from './chartModel';
import type { GanttLook, GanttModel } from './ganttModel';
import { LinkBlock } from './LinkBlock';
import { OuterLinks } from './OuterLinks';
import { range, ROW_BLOCK, type RenderWindow } from './renderWindow';

interface Props {
  model: GanttModel;
  look: Pick<GanttLook, 'rowHeight' | 'fontSize' | 'readOnly'>;
  /** Rendered row blocks (see renderWindow.ts). */
  win: Pick<RenderWindow, 'b0' | 'b1'>;
  height: number;
  selection: ReadonlySet<TaskId>;
  ghostRef?: RefObject<SVGPathElement | null>;
  /** Where the rows start below the scroller's top (the header's height): the background sticks there. */
  headerTop: number;
}

/**
 * The background (days off, phases, key moments, today) is the same on every row, so it is drawn
 * once, as tall as the tallest screen, and stays in view as the rows scroll (sticky under the
 * header). A background as tall as the chart would be painted again every 512 px of scroll.
 */
const BACKGROUND_HEIGHT = 2400;

/** The links' arrowheads: grey, and red on the critical path. */
const arrows = [
  { id: 'tl-arrow', fill: '#868e96' },
  { id: 'tl-arrow-critical', fill: CRITICAL },
];

/**
 * The chart as stacked SVGs in one box the size of the whole chart (user units are pixels and never
 * change on scroll): the background (drawn once per axis), then every link, then every bar, then
 * the drag's ghost line. Links and bars come in memoised blocks of rows, each its own <svg>
 * (BlockSvg), so moving the window mounts one block and drops another, and only they repaint.
 * Node count depends on the window, not the plan. Of the drawing, only the bars take the pointer.
 */
export const ChartLayer = memo(function ChartLayer({
  model,
  look,
  win,
  height,
  selection,
  ghostRef,
  headerTop,
}: Props) {
  const { rows, scale, style, rowOfTask, tasksById } = model;
  const { rowHeight, fontSize, readOnly } = look;
  const { b0, b1 } = win;
  const width = scale.dayCount * scale.pxPerDay;
  // One geometry object per axis/style/rows, so blocks see a stable prop while scrolling.
  const g = useMemo(
    () => ({ scale, rowHeight, style, rowOfTask, tasksById, readOnly, fontSize }),
    [scale, rowHeight, style, rowOfTask, tasksById, readOnly, fontSize],
  );
  const r0 = b0 * ROW_BLOCK;
  const r1 = Math.min(rows.length - 1, (b1 + 1) * ROW_BLOCK - 1);
  // A bar's resize handles and link dots are built when the pointer first comes over it (most
  // bars on screen are never grabbed, and they were two thirds of the chart's elements), and kept
  // until it comes over another; not while a button is down, so a drag keeps its own.
  const [hovered, setHovered] = useState<TaskId | null>(null);
  const hoveredRow = hovered === null ? undefined : rowOfTask.get(hovered);
  const hoveredBlock = hoveredRow === undefined ? -1 : Math.floor(hoveredRow / ROW_BLOCK);
  const onPointerOver = (e: PointerEvent) => {
    if (readOnly || e.buttons !== 0) return;
    const id = (e.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id') as TaskId | null;
    if (id && id !== hovered) setHovered(id);
  };
  const bgHeight = Math.min(height, BACKGROUND_HEIGHT);
  return (
    <div className="tl-chart" style={{ width, height }} onPointerOver={onPointerOver}>
      <svg className="tl-chart-bg" width={width} height={bgHeight} style={{ top: headerTop }}>
        <defs>
          {arrows.map((a) => (
            <marker
              key={a.id}
              id={a.id}
              viewBox="0 0 6 6"
              refX="5"
              refY="3"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0,0 L6,3 L0,6 z" fill={a.fill} />
            </marker>
          ))}
        </defs>
        <ChartBackground model={model} height={bgHeight} />
      </svg>
      {/* Every link under every bar, so no link covers a bar's handles or link dots. */}
      <svg className="tl-link-block" width={width} height={height}>
        <OuterLinks rows={rows} r0={r0} r1={r1} g={g} successors={model.successors} />
      </svg>
      {range(b0, b1).map((block) => (
        <LinkBlock key={block} rows={rows} block={block} g={g} />
      ))}
      {range(b0, b1).map((block) => (
        <BarBlock
          key={block}
          rows={rows}
          block={block}
          g={g}
          selectedKey={selectedKeyOf(rows, block, selection)}
          hoveredId={block === hoveredBlock && hovered ? hovered : ''}
        />
      ))}
      <svg className="tl-chart-overlay" width={width} height={height}>
        <path ref={ghostRef} d="" fill="none" stroke="#1971c2" strokeWidth={2} strokeDasharray="5 3" />
      </svg>
    </div>
  );
});
