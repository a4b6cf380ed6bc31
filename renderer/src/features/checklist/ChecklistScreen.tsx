import { Badge, Checkbox, Progress, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { checklistCategories, newRecord, todayIso } from '../../../../shared/domain';
import { CommitTextInput } from '../../components/CommitInputs';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { recordColumns } from '../../components/recordColumns';
import { useAppMessages } from '../../i18n';

export function ChecklistScreen() {
  const m = useAppMessages();
  const list = useRecordList('checklist', m.checklist, (d) =>
    newRecord('checklist', d.plan.id, { title: m.checklist.newItem, dueDate: d.plan.peakDate }),
  );
  const { set, records: items } = list;
  const col = recordColumns(set);
  const done = items.filter((c) => c.done).length;
  const today = todayIso();
  return (
    <RecordListScreen list={list} emptyIcon={<IconChecklist />}>
      <>
        <Text size="sm">{m.checklist.progress(done, items.length)}</Text>
        <Progress
          value={(done / items.length) * 100}
          color="green"
          aria-label={m.checklist.progress(done, items.length)}
        />
        <RecordTable
          testId="checklist-table"
          list={list}
          columns={[
            col.custom(m.checklist.done, 50, (c) => (
              <Checkbox
                checked={c.done}
                onChange={(e) => set(c.id, { done: e.currentTarget.checked })}
                aria-label={`${m.checklist.done}: ${c.title}`}
              />
            )),
            col.custom(m.checklist.item, undefined, (c) => (
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
            )),
            col.choice('category', m.checklist.category, checklistCategories, m.enums.checklistCategory, 130),
            // "Warehouse/logistics lead" whole.
            col.text('owner', m.checklist.owner, { width: 190 }),
            col.date('dueDate', m.checklist.due, { width: 150, clearable: true }),
          ]}
        />
      </>
    </RecordListScreen>
  );
}
