import { ActionIcon, Button, Table, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  addRecord,
  removeRecord,
  updateRecord,
  type CollectionKey,
  type CollectionRecord,
  type PlanDocument,
} from '../../../shared/domain';
import { useAppMessages } from '../i18n';
import { useCommit, usePlanDoc } from '../state/planStore';
import { EmptyState } from './EmptyState';
import { ScreenFrame } from './ScreenFrame';

export interface RecordList<K extends CollectionKey> {
  doc: PlanDocument;
  records: CollectionRecord<K>[];
  /** Changes fields of one record: one undo step, named `editLabel`. */
  set(id: string, patch: Partial<CollectionRecord<K>>): void;
  /** Appends the record `create` makes (at the end of the order): one undo step, `addLabel`. */
  add(): void;
  /** Deletes one record and what points at it (shared/domain/edit.ts): one undo step. */
  remove(id: string): void;
}

/**
 * The edits of a plan section that is a list of one kind of record (channels, risks, the
 * checklist): each goes through `useCommit()` with the pure recipes of shared/domain/edit.ts.
 */
export function useRecordList<K extends CollectionKey>(
  key: K,
  {
    editLabel,
    addLabel,
    create,
  }: { editLabel: string; addLabel: string; create(doc: PlanDocument): CollectionRecord<K> },
): RecordList<K> {
  const m = useAppMessages();
  const doc = usePlanDoc();
  const commit = useCommit();
  return {
    doc,
    records: doc[key] as CollectionRecord<K>[],
    set: (id, patch) => commit(editLabel, (d) => updateRecord(d, key, id, patch)),
    add: () => commit(addLabel, (d) => addRecord(d, key, create(d))),
    remove: (id) => commit(m.common.delete, (d) => removeRecord(d, key, id)),
  };
}

/**
 * The frame of such a section: its title with an Add button, and while the list is empty a
 * note on what belongs there with the same button; otherwise `children` (the rows).
 */
export function RecordListScreen({
  list,
  title,
  intro,
  addLabel,
  addTestId,
  emptyIcon,
  emptyBody,
  children,
}: {
  list: Pick<RecordList<CollectionKey>, 'add'> & { records: readonly unknown[] };
  title: string;
  /** A line under the title on what the section is for. */
  intro?: string;
  addLabel: string;
  addTestId?: string;
  emptyIcon: ReactNode;
  emptyBody: string;
  children: ReactNode;
}) {
  return (
    <ScreenFrame
      title={title}
      intro={intro}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={list.add} data-testid={addTestId}>
          {addLabel}
        </Button>
      }
    >
      {list.records.length === 0 ? (
        <EmptyState
          icon={emptyIcon}
          body={emptyBody}
          action={<Button onClick={list.add}>{addLabel}</Button>}
        />
      ) : (
        children
      )}
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

/** The records as a table of inline editors, one row each, with a delete button at the end. */
export function RecordTable<R extends { id: string }>({
  testId,
  records,
  columns,
  onDelete,
}: {
  testId: string;
  records: readonly R[];
  columns: readonly RecordColumn<R>[];
  onDelete(id: string): void;
}) {
  const m = useAppMessages();
  return (
    <Table data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={i} w={c.width}>
              {c.header}
            </Table.Th>
          ))}
          <Table.Th w={40}>
            <VisuallyHidden>{m.common.actions}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r) => (
          <Table.Tr key={r.id}>
            {columns.map((c, i) => (
              <Table.Td key={i}>{c.cell(r)}</Table.Td>
            ))}
            <Table.Td>
              <DeleteRecordButton onDelete={() => onDelete(r.id)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
