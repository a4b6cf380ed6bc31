import { ColorInput, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { newRecord, phaseKinds } from '../../../../shared/domain';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { recordColumns } from '../../components/recordColumns';
import { useAppMessages } from '../../i18n';

export function PhasesScreen() {
  const m = useAppMessages();
  // A new phase starts where the last one ends (or spans the plan when it is the first).
  const list = useRecordList('phases', m.phases, (d) => {
    const last = d.phases.at(-1);
    return newRecord('phases', d.plan.id, {
      name: m.phases.newPhase,
      startDate: last?.endDate ?? d.plan.startDate,
      endDate: last?.endDate ?? d.plan.endDate,
    });
  });
  const { set } = list;
  const col = recordColumns(set);
  const withoutPhase = list.doc.tasks.filter((t) => t.phaseId === null).length;
  return (
    <RecordListScreen
      list={list}
      emptyIcon={<IconFlag />}
      footer={
        <Text size="xs" c="dimmed">
          {withoutPhase > 0 ? `${m.tasks.noPhase}: ${withoutPhase}` : ''}
        </Text>
      }
    >
      <RecordTable
        testId="phases-table"
        list={list}
        isMovable
        columns={[
          col.custom(m.phases.color, 130, (p) => (
            <ColorInput
              size="xs"
              value={p.color}
              format="hex"
              onChangeEnd={(v) => set(p.id, { color: v })}
              aria-label={m.phases.color}
            />
          )),
          col.text('name', m.phases.name, { isRequired: true }),
          col.choice('kind', m.phases.kind, phaseKinds, m.enums.phaseKind, 170),
          col.date('startDate', m.phases.start, { width: 130 }),
          col.date('endDate', m.phases.end, {
            width: 130,
            error: (p) => (p.endDate < p.startDate ? m.phases.endBeforeStart : undefined),
          }),
          col.text('purpose', m.phases.purpose),
        ]}
      />
    </RecordListScreen>
  );
}
