import { ActionIcon, Button, Group, Table } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useLatest } from './useLatest';
import type { CollectionKey, CollectionRecord, PlanDocument } from '../../../shared/domain';
import { useRegisterActions } from '../state/actionStore';
import { editCommand, runEdit } from '../state/editActions';
import { useAppMessages } from '../i18n';
import { ActionsColumnHeader } from './ActionsColumnHeader';
import { usePlanDoc } from '../state/planStore';
import {
  addRecordEdit,
  moveRecordEdit,
  removeRecordEdit,
  updateRecordEdit,
  type ListKey,
} from './recordEdits';
import { EmptyState } from './EmptyState';
import { ScreenFrame } from './ScreenFrame';

/** A section's texts (m.<section>): its title (also the undo label of an edit), Add button, empty note. */
export interface RecordListTexts {
  title: string;
  /** A line under the title on what the section is for. */
  intro?: string;
  add: string;
  empty: string;
}

export interface RecordList<K extends CollectionKey> {
  doc: PlanDocument;
  texts: RecordListTexts;
  records: CollectionRecord<K>[];
  /** Changes fields of one record: one undo step, named after the section's title. */
  set(id: string, patch: Partial<CollectionRecord<K>>): void;
  /** Appends the record `create` makes (at the end of the order): one undo step, named like Add. */
  add(): void;
  /** Deletes one record and what points at it (shared/domain/edit.ts): one undo step. */
  remove(id: string): void;
  /** Moves one record a place up (-1) or down (+1) in the order: one undo step. */
  move(id: string, delta: -1 | 1): void;
}

/**
 * The edits of a plan section that is a list of one kind of record (channels, risks, the
 * checklist): each is an edit action of components/recordEdits.ts, run through `runEdit`.
 */
export function useRecordList<K extends ListKey>(
  key: K,
  texts: RecordListTexts,
  create: (doc: PlanDocument) => CollectionRecord<K>,
): RecordList<K> {
  const doc = usePlanDoc();
  // The newest `create` (an inline function of the screen) for the palette's command.
  const latestCreate = useLatest(create);
  // The section's Add is found in Ctrl/⌘+K ("添加风险", "Add goal"…) as the same edit.
  const actions = useMemo(
    () => [
      {
        ...editCommand(addRecordEdit, () => ({ key, create: (d: PlanDocument) => latestCreate.current(d) })),
        id: `${key}.add`,
      },
    ],
    [key, latestCreate],
  );
  useRegisterActions(`records.${key}`, actions);
  return {
    doc,
    texts,
    records: doc[key] as CollectionRecord<K>[],
    set: (id, patch) => runEdit(updateRecordEdit, { key, id, patch }),
    add: () => runEdit(addRecordEdit, { key, create }),
    remove: (id) => runEdit(removeRecordEdit, { key, id }),
    move: (id, delta) => runEdit(moveRecordEdit, { key, id, delta }),
  };
}

/**
 * The frame of such a section: its title with an Add button, and while the list is empty a
 * note on what belongs there (beside `emptyIcon`) with the same button; otherwise `children`.
 */
export function RecordListScreen({
  list,
  addTestId,
  emptyIcon,
  children,
  footer,
}: {
  list: Pick<RecordList<CollectionKey>, 'add' | 'texts'> & { records: readonly unknown[] };
  addTestId?: string;
  emptyIcon: ReactNode;
  children: ReactNode;
  /** Shown below, whether the list is empty or not. */
  footer?: ReactNode;
}) {
  const { title, intro, add, empty } = list.texts;
  return (
    <ScreenFrame
      title={title}
      intro={intro}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={list.add} data-testid={addTestId}>
          {add}
        </Button>
      }
    >
      {list.records.length === 0 ? (
        <EmptyState icon={emptyIcon} body={empty} action={<Button onClick={list.add}>{add}</Button>} />
      ) : (
        children
      )}
      {footer}
    </ScreenFrame>
  );
}

/** A row's delete button. */
export function DeleteRecordButton({ onDelete, iconSize = 14 }: { onDelete(): void; iconSize?: number }) {
  const m = useAppMessages();
  return (
    <ActionIcon variant="subtle" color="red" aria-label={m.common.delete} onClick={onDelete}>
      <IconTrash size={iconSize} />
    </ActionIcon>
  );
}

export interface RecordColumn<R> {
  header: ReactNode;
  /** In pixels; the column without one takes the room left. */
  width?: number;
  /** The cell's inline editor(s) for one record. */
  cell(record: R): ReactNode;
}

/**
 * The list's records as a table of inline editors, one row each, with a delete button at the
 * end, and buttons to move a row up and down when the order matters (`isMovable`).
 */
export function RecordTable<R extends { id: string }>({
  testId,
  list,
  columns,
  isMovable = false,
}: {
  testId: string;
  list: { records: readonly R[]; remove(id: string): void; move(id: string, delta: -1 | 1): void };
  columns: readonly RecordColumn<R>[];
  isMovable?: boolean;
}) {
  const m = useAppMessages();
  const { records, remove: onDelete } = list;
  const onMove = isMovable ? list.move : undefined;
  return (
    <Table data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={i} w={c.width}>
              {c.header}
            </Table.Th>
          ))}
          <ActionsColumnHeader w={onMove ? 100 : 40} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r, i) => (
          <Table.Tr key={r.id}>
            {columns.map((c, i) => (
              <Table.Td key={i}>{c.cell(r)}</Table.Td>
            ))}
            <Table.Td>
              <Group gap={2} wrap="nowrap">
                {onMove && (
                  <>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === 0}
                      aria-label={m.common.moveUp}
                      onClick={() => onMove(r.id, -1)}
                    >
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === records.length - 1}
                      aria-label={m.common.moveDown}
                      onClick={() => onMove(r.id, 1)}
                    >
                      <IconArrowDown size={14} />
                    </ActionIcon>
                  </>
                )}
                <DeleteRecordButton onDelete={() => onDelete(r.id)} />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
