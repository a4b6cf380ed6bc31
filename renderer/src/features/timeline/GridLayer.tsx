import { memo, useState, type MouseEvent } from 'react';
import { range, ROW_BLOCK } from './renderWindow';
import { IconChevronDown, IconChevronRight, IconDiamondFilled } from '@tabler/icons-react';
import { isValidIsoDate, type Task, type TaskId } from '../../../../shared/domain';
import { notifications } from '@mantine/notifications';
import { useAppMessages } from '../../i18n';
import type { TaskSchedule } from '../../../../shared/planning/scheduling';
import type { GanttCallbacks, GanttLook } from './ganttModel';
import type { TimelineRow } from './rows';

export interface GridColumn {
  key: 'title' | 'start' | 'end' | 'owner' | 'slack';
  label: string;
  width: number;
}

export type CellEdit =
  | { kind: 'title'; id: TaskId; value: string }
  | { kind: 'dates'; id: TaskId; start: string; end: string }
  | { kind: 'owner'; id: TaskId; value: string };

interface Props {
  rows: readonly TimelineRow[];
  /** Rendered row blocks, inclusive (see renderWindow.ts). */
  b0: number;
  b1: number;
  look: GanttLook;
  selection: ReadonlySet<TaskId>;
  schedule: ReadonlyMap<TaskId, TaskSchedule> | null;
  on: Pick<GanttCallbacks, 'onToggleGroup' | 'onSelect' | 'onContextMenu' | 'onEdit'>;
  /** Which cell is being edited (lifted so keyboard Enter can open the title editor). */
  editing: { id: TaskId; key: GridColumn['key'] } | null;
  setEditing(e: { id: TaskId; key: GridColumn['key'] } | null): void;
}

function CellEditor({
  task,
  column,
  onDone,
  onEdit,
}: {
  task: Task;
  column: GridColumn['key'];
  onDone(): void;
  onEdit(edit: CellEdit): void;
}) {
  const initial =
    column === 'title'
      ? task.title
      : column === 'owner'
        ? task.owner
        : column === 'start'
          ? task.startDate
          : task.endDate;
  const [value, setValue] = useState(initial);
  const isDate = column === 'start' || column === 'end';
  // Dates are typed as YYYY-MM-DD text, whatever the browser's language (a native date input
  // would show 09/12/2026 inside a Chinese UI); a bad one is not stored, and the planner is told.
  const badDate = useAppMessages().common.badDate;
  const commit = () => {
    onDone();
    if (value === initial) return;
    if (isDate && !isValidIsoDate(value)) {
      notifications.show({ color: 'red', message: `${task.title}: ${badDate}` });
      return;
    }
    if (column === 'title') {
      if (value.trim()) onEdit({ kind: 'title', id: task.id, value: value.trim() });
    } else if (column === 'owner') onEdit({ kind: 'owner', id: task.id, value: value.trim() });
    else {
      onEdit({
        kind: 'dates',
        id: task.id,
        start: column === 'start' ? value : task.startDate,
        end: column === 'end' ? value : task.endDate,
      });
    }
  };
  return (
    <input
      autoFocus
      className="tl-cell-input"
      type="text"
      value={value}
      aria-label={column}
      placeholder={isDate ? 'YYYY-MM-DD' : undefined}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}

type BlockProps = Omit<Props, 'b0' | 'b1' | 'selection'> & {
  block: number;
  /** Only the selected ids inside this block, joined, so selecting elsewhere leaves it alone. */
  selectedKey: string;
};

/** ROW_BLOCK rows of the grid; memoised, so scrolling mounts new blocks and leaves the rest alone. */
const GridBlock = memo(function GridBlock(props: BlockProps) {
  const { rows, block, on } = props;
  const { rowHeight, columns, readOnly } = props.look;
  const selected = new Set(props.selectedKey ? props.selectedKey.split(' ') : []);
  const out: React.ReactNode[] = [];
  const first = block * ROW_BLOCK;
  const end = Math.min(rows.length, first + ROW_BLOCK);
  for (let i = first; i < end; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.kind === 'group') {
      out.push(
        <div
          key={`g:${row.key}`}
          className="tl-grid-row tl-group-row"
          onClick={() => on.onToggleGroup(row.key)}
          role="button"
          aria-expanded={!row.collapsed}
          data-group={row.key}
        >
          {row.collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
          {row.color && <span className="tl-swatch" style={{ background: row.color }} />}
          <span className="tl-group-label">{row.label}</span>
          <span className="tl-group-count">{row.count}</span>
        </div>,
      );
      continue;
    }
    const task = row.task;
    const onClick = (e: MouseEvent) => on.onSelect(task.id, e.ctrlKey || e.metaKey || e.shiftKey);
    const slack = props.schedule?.get(task.id);
    out.push(
      <div
        key={task.id}
        className={`tl-grid-row${selected.has(task.id) ? ' tl-selected' : ''}`}
        data-task-id={task.id}
        data-row-task={task.id}
        onClick={onClick}
        onContextMenu={(e) => {
          e.preventDefault();
          on.onContextMenu(task.id, e.clientX, e.clientY);
        }}
      >
        {columns.map((col) => {
          const isEditing = props.editing?.id === task.id && props.editing.key === col.key;
          let content: React.ReactNode;
          // The title and owner cut their text with an ellipsis: the whole of it as a tooltip.
          let tip: string | undefined;
          if (isEditing) {
            content = (
              <CellEditor
                task={task}
                column={col.key}
                onDone={() => props.setEditing(null)}
                onEdit={on.onEdit}
              />
            );
          } else if (col.key === 'title') {
            tip = task.title;
            content = (
              <>
                {task.isMilestone && <IconDiamondFilled size={10} className="tl-milestone-mark" />}
                {task.title}
              </>
            );
          } else if (col.key === 'start') content = props.look.formatDate(task.startDate);
          else if (col.key === 'end') content = props.look.formatDate(task.endDate);
          else if (col.key === 'owner') content = tip = task.owner;
          else
            content = slack ? (
              slack.isCritical ? (
                <b style={{ color: '#e03131' }}>0</b>
              ) : (
                props.look.formatSlack(slack.totalSlackDays)
              )
            ) : (
              ''
            );
          const editable = !readOnly && col.key !== 'slack';
          return (
            <div
              key={col.key}
              className={`tl-cell tl-cell-${col.key}${isEditing ? ' tl-cell-editing' : ''}`}
              title={tip}
              data-col={col.key}
              onDoubleClick={editable ? () => props.setEditing({ id: task.id, key: col.key }) : undefined}
            >
              {content}
            </div>
          );
        })}
      </div>,
    );
  }
  // The block's rows flow inside one contained box placed at the block's top: mounting a block
  // lays out and paints that box alone, not the grid around it.
  return (
    <div className="tl-grid-block" style={{ top: first * rowHeight, height: (end - first) * rowHeight }}>
      {out}
    </div>
  );
});

/** The task grid beside the chart, for the rendered row blocks only. */
export const GridLayer = memo(function GridLayer(props: Props) {
  const { rows, b0, b1, selection, editing, ...rest } = props;
  return (
    <>
      {range(b0, b1).map((block) => {
        const first = block * ROW_BLOCK;
        const last = Math.min(rows.length, first + ROW_BLOCK);
        let selectedKey = '';
        let blockEditing: Props['editing'] = null;
        for (let i = first; i < last; i++) {
          const row = rows[i];
          if (row?.kind !== 'task') continue;
          if (selection.has(row.task.id)) selectedKey += (selectedKey ? ' ' : '') + row.task.id;
          if (editing?.id === row.task.id) blockEditing = editing;
        }
        return (
          <GridBlock
            key={block}
            {...rest}
            rows={rows}
            block={block}
            selectedKey={selectedKey}
            editing={blockEditing}
          />
        );
      })}
    </>
  );
});
