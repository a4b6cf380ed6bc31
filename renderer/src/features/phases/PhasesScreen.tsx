import { ColorInput, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { newRecord, phaseKinds } from '../../../../shared/domain';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommitTextInput } from '../../components/CommitInputs';
import { IsoDateInput } from '../../components/IsoDateInput';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';

export function PhasesScreen() {
  const m = useAppMessages();
  const list = useRecordList('phases', {
    editLabel: m.phases.title,
    addLabel: m.phases.add,
    // A new phase starts where the last one ends (or spans the plan when it is the first).
    create: (d) => {
      const last = d.phases.at(-1);
      return newRecord('phases', d.plan.id, {
        name: m.phases.newPhase,
        startDate: last?.endDate ?? d.plan.startDate,
        endDate: last?.endDate ?? d.plan.endDate,
      });
    },
  });
  const { set } = list;
  const withoutPhase = list.doc.tasks.filter((t) => t.phaseId === null).length;
  return (
    <RecordListScreen
      list={list}
      title={m.phases.title}
      intro={m.phases.intro}
      addLabel={m.phases.add}
      emptyIcon={<IconFlag />}
      emptyBody={m.phases.empty}
      footer={
        <Text size="xs" c="dimmed">
          {withoutPhase > 0 ? `${m.tasks.noPhase}: ${withoutPhase}` : ''}
        </Text>
      }
    >
      <RecordTable
        testId="phases-table"
        records={list.records}
        onDelete={list.remove}
        onMove={list.move}
        columns={[
          {
            header: m.phases.color,
            width: 130,
            cell: (p) => (
              <ColorInput
                size="xs"
                value={p.color}
                format="hex"
                onChangeEnd={(v) => set(p.id, { color: v })}
                aria-label={m.phases.color}
              />
            ),
          },
          {
            header: m.phases.name,
            cell: (p) => (
              <CommitTextInput
                size="xs"
                value={p.name}
                isRequired
                onCommit={(v) => set(p.id, { name: v })}
                aria-label={m.phases.name}
              />
            ),
          },
          {
            header: m.phases.kind,
            width: 170,
            cell: (p) => (
              <ChoiceSelect
                value={p.kind}
                choices={phaseKinds}
                labels={m.enums.phaseKind}
                onChange={(kind) => set(p.id, { kind })}
                aria-label={m.phases.kind}
              />
            ),
          },
          {
            header: m.phases.start,
            width: 130,
            cell: (p) => (
              <IsoDateInput
                size="xs"
                value={p.startDate}
                onChange={(v) => v && set(p.id, { startDate: v })}
                aria-label={m.phases.start}
              />
            ),
          },
          {
            header: m.phases.end,
            width: 130,
            cell: (p) => (
              <IsoDateInput
                size="xs"
                value={p.endDate}
                onChange={(v) => v && set(p.id, { endDate: v })}
                aria-label={m.phases.end}
                error={p.endDate < p.startDate ? m.phases.endBeforeStart : undefined}
              />
            ),
          },
          {
            header: m.phases.purpose,
            cell: (p) => (
              <CommitTextInput
                size="xs"
                value={p.purpose}
                onCommit={(v) => set(p.id, { purpose: v })}
                aria-label={m.phases.purpose}
                // A phase's purpose is a sentence: the column shows its start, the tooltip all of it.
                title={p.purpose}
              />
            ),
          },
        ]}
      />
    </RecordListScreen>
  );
}
