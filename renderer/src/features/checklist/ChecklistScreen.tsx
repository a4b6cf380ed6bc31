import { ActionIcon, Badge, Button, Checkbox, Progress, Select, Table, Text } from '@mantine/core';
import { IconChecklist, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  addRecord,
  checklistCategories,
  newId,
  removeRecord,
  todayIso,
  updateRecord,
  type ChecklistItem,
  type ChecklistItemId,
} from '../../../../shared/domain';
import { CommitTextInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { IsoDateInput } from '../../components/IsoDateInput';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';

export function ChecklistScreen() {
  const m = useAppMessages();
  const doc = usePlanDoc();
  const commit = useCommit();
  const set = (id: string, patch: Partial<ChecklistItem>) =>
    commit(m.checklist.title, (d) => updateRecord(d, 'checklist', id, patch));
  const add = () =>
    commit(m.checklist.add, (d) =>
      addRecord(d, 'checklist', {
        id: newId<ChecklistItemId>(),
        planId: d.plan.id,
        title: m.checklist.newItem,
        category: 'other',
        owner: '',
        dueDate: d.plan.peakDate,
        done: false,
        notes: '',
        order: 0,
      }),
    );
  const done = doc.checklist.filter((c) => c.done).length;
  const today = todayIso();
  return (
    <ScreenFrame
      title={m.checklist.title}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {m.checklist.add}
        </Button>
      }
    >
      {doc.checklist.length === 0 ? (
        <EmptyState
          icon={<IconChecklist />}
          body={m.checklist.empty}
          action={<Button onClick={add}>{m.checklist.add}</Button>}
        />
      ) : (
        <>
          <Text size="sm">{m.checklist.progress(done, doc.checklist.length)}</Text>
          <Progress
            value={(done / doc.checklist.length) * 100}
            color="green"
            aria-label={m.checklist.progress(done, doc.checklist.length)}
          />
          <Table data-testid="checklist-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>{m.checklist.done}</Table.Th>
                <Table.Th>{m.checklist.item}</Table.Th>
                <Table.Th w={130}>{m.checklist.category}</Table.Th>
                <Table.Th w={160}>{m.checklist.owner}</Table.Th>
                <Table.Th w={150}>{m.checklist.due}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.checklist.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Checkbox
                      checked={c.done}
                      onChange={(e) => set(c.id, { done: e.currentTarget.checked })}
                      aria-label={`${m.checklist.done}: ${c.title}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <CommitTextInput
                      size="xs"
                      value={c.title}
                      isRequired
                      onCommit={(v) => set(c.id, { title: v })}
                      aria-label={m.checklist.item}
                      td={c.done ? 'line-through' : undefined}
                    />
                    {!c.done && c.dueDate !== null && c.dueDate < today && (
                      <Badge size="xs" color="red" variant="light">
                        {m.checklist.overdue}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      value={c.category}
                      allowDeselect={false}
                      data={checklistCategories.map((k) => ({
                        value: k,
                        label: m.enums.checklistCategory[k],
                      }))}
                      onChange={(v) => v && set(c.id, { category: v as ChecklistItem['category'] })}
                      aria-label={m.checklist.category}
                    />
                  </Table.Td>
                  <Table.Td>
                    <CommitTextInput
                      size="xs"
                      value={c.owner}
                      onCommit={(v) => set(c.id, { owner: v })}
                      aria-label={m.checklist.owner}
                    />
                  </Table.Td>
                  <Table.Td>
                    <IsoDateInput
                      size="xs"
                      value={c.dueDate}
                      clearable
                      onChange={(v) => set(c.id, { dueDate: v })}
                      aria-label={m.checklist.due}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={m.common.delete}
                      onClick={() => commit(m.common.delete, (d) => removeRecord(d, 'checklist', c.id))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ScreenFrame>
  );
}
