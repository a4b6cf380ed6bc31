import { memo } from 'react';
import type { Geometry } from './barGeometry';
import { BlockSvg } from './BlockSvg';
import { LinkPath } from './LinkPath';
import { ROW_BLOCK } from './renderWindow';
import type { TimelineRow } from './rows';

/**
 * The links that end in ROW_BLOCK rows. Drawn in the chart's link layer, under every block's bars:
 * a link that leaves a bar runs through that bar's link dot, so drawn above it (as a later block's
 * links would be if each block drew its own) it takes the pointer and the dot cannot be grabbed.
 */
export const LinkBlock = memo(function LinkBlock({
  rows,
  block,
  g,
}: {
  rows: readonly TimelineRow[];
  block: number;
  g: Geometry;
}) {
  const links: React.ReactNode[] = [];
  const end = Math.min(rows.length, (block + 1) * ROW_BLOCK);
  for (let i = block * ROW_BLOCK; i < end; i++) {
    const row = rows[i];
    if (row?.kind !== 'task') continue;
    const task = row.task;
    for (const dep of task.predecessors) {
      const from = g.tasksById.get(dep.taskId);
      if (from)
        links.push(<LinkPath key={`${from.id}>${task.id}`} g={g} from={from} to={task} type={dep.type} />);
    }
  }
  return (
    <BlockSvg block={block} g={g} rowCount={rows.length} className="tl-link-block">
      {links}
    </BlockSvg>
  );
});
