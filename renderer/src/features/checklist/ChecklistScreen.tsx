import { Badge, Checkbox, Progress, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { checklistCategories, newRecord, todayIso } from '../../../../shared/domain';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommitTextInput } from '../../components/CommitInputs';
import { IsoDateInput } from '../../components/IsoDateInput';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';

export function ChecklistScreen() {
  const m = useAppMessages();
  const list = useRecordList('checklist', {
    editLabel: m.checklist.title,
    addLabel: m.checklist.add,
    create: (d) =>
      newRecord('checklist', d.plan.id, { title: m.checklist.newItem, dueDate: d.plan.peakDate }),
  });
  const { set, records: items } = list;
  const done = items.filter((c) => c.done).length;
  const today = todayIso();
  return (
    <RecordListScreen
      list={list}
      title={m.checklist.title}
      addLabel={m.checklist.add}
      emptyIcon={<IconChecklist />}
      emptyBody={m.checklist.empty}
    >
      <>
        <Text size="sm">{m.checklist.progress(done, items.length)}</Text>
        <Progress
          value={(done / items.length) * 100}
          color="green"
          aria-label={m.checklist.progress(done, items.length)}
        />
        <RecordTable
          testId="checklist-table"
          records={items}
          onDelete={list.remove}
          columns={[
            {
              header: m.checklist.done,
              width: 50,
              cell: (c) => (
                <Checkbox
                  checked={c.done}
                  onChange={(e) => set(c.id, { done: e.currentTarget.checked })}
                  aria-label={`${m.checklist.done}: ${c.title}`}
                />
              ),
            },
            {
              header: m.checklist.item,
              cell: (c) => (
                <>
                  <CommitTextInput
                    size="xs"
                    value={c.title}
                    isRequired
                    onCommit={(v) => set(c.id, { title: v })}
                    aria-label={m.checklist.item}
                    // An item is a sentence: the column shows its start, the tooltip all of it.
                    title={c.title}
                    td={c.done ? 'line-through' : undefined}
                  />
                  {!c.done && c.dueDate !== null && c.dueDate < today && (
                    <Badge size="xs" color="red" variant="light">
                      {m.checklist.overdue}
                    </Badge>
                  )}
                </>
              ),
            },
            {
              header: m.checklist.category,
              width: 130,
              cell: (c) => (
                <ChoiceSelect
                  value={c.category}
                  choices={checklistCategories}
                  labels={m.enums.checklistCategory}
                  onChange={(category) => set(c.id, { category })}
                  aria-label={m.checklist.category}
                />
              ),
            },
            {
              header: m.checklist.owner,
              // "Warehouse/logistics lead" whole.
              width: 190,
              cell: (c) => (
                <CommitTextInput
                  size="xs"
                  value={c.owner}
                  onCommit={(v) => set(c.id, { owner: v })}
                  aria-label={m.checklist.owner}
                  title={c.owner}
                />
              ),
            },
            {
              header: m.checklist.due,
              width: 150,
              cell: (c) => (
                <IsoDateInput
                  size="xs"
                  value={c.dueDate}
                  clearable
                  onChange={(v) => set(c.id, { dueDate: v })}
                  aria-label={m.checklist.due}
                />
              ),
            },
          ]}
        />
      </>
    </RecordListScreen>
  );
}
