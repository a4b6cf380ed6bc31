import { ActionIcon, Button, ColorInput, Group, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconFlag, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  addRecord,
  moveRecord,
  newId,
  phaseKinds,
  removeRecord,
  updateRecord,
  type Phase,
  type PhaseId,
} from '../../../../shared/domain';
import { CommitTextInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { IsoDateInput } from '../../components/IsoDateInput';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';

export function PhasesScreen() {
  const m = useAppMessages();
  const doc = usePlanDoc();
  const commit = useCommit();
  const set = (id: string, patch: Partial<Phase>) =>
    commit(m.phases.title, (d) => updateRecord(d, 'phases', id, patch));
  const add = () =>
    commit(m.phases.add, (d) => {
      const last = d.phases.at(-1);
      return addRecord(d, 'phases', {
        id: newId<PhaseId>(),
        planId: d.plan.id,
        name: m.phases.newPhase,
        kind: 'custom',
        startDate: last?.endDate ?? d.plan.startDate,
        endDate: last?.endDate ?? d.plan.endDate,
        color: '#8da2fb',
        purpose: '',
        order: 0,
      });
    });
  return (
    <ScreenFrame
      title={m.phases.title}
      intro={m.phases.intro}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {m.phases.add}
        </Button>
      }
    >
      {doc.phases.length === 0 ? (
        <EmptyState
          icon={<IconFlag />}
          body={m.phases.empty}
          action={<Button onClick={add}>{m.phases.add}</Button>}
        />
      ) : (
        <Table data-testid="phases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{m.phases.color}</Table.Th>
              <Table.Th>{m.phases.name}</Table.Th>
              <Table.Th w={130}>{m.phases.kind}</Table.Th>
              <Table.Th w={140}>{m.phases.start}</Table.Th>
              <Table.Th w={140}>{m.phases.end}</Table.Th>
              <Table.Th>{m.phases.purpose}</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>{m.common.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.phases.map((p, i) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <ColorInput
                    size="xs"
                    value={p.color}
                    format="hex"
                    onChangeEnd={(v) => set(p.id, { color: v })}
                    aria-label={m.phases.color}
                  />
                </Table.Td>
                <Table.Td>
                  <CommitTextInput
                    size="xs"
                    value={p.name}
                    isRequired
                    onCommit={(v) => set(p.id, { name: v })}
                    aria-label={m.phases.name}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    value={p.kind}
                    allowDeselect={false}
                    data={phaseKinds.map((k) => ({ value: k, label: m.enums.phaseKind[k] }))}
                    onChange={(v) => v && set(p.id, { kind: v as Phase['kind'] })}
                    aria-label={m.phases.kind}
                  />
                </Table.Td>
                <Table.Td>
                  <IsoDateInput
                    size="xs"
                    value={p.startDate}
                    onChange={(v) => v && set(p.id, { startDate: v })}
                    aria-label={m.phases.start}
                  />
                </Table.Td>
                <Table.Td>
                  <IsoDateInput
                    size="xs"
                    value={p.endDate}
                    onChange={(v) => v && set(p.id, { endDate: v })}
                    aria-label={m.phases.end}
                    error={p.endDate < p.startDate ? m.phases.endBeforeStart : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <CommitTextInput
                    size="xs"
                    value={p.purpose}
                    onCommit={(v) => set(p.id, { purpose: v })}
                    aria-label={m.phases.purpose}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === 0}
                      aria-label={m.common.moveUp}
                      onClick={() => commit(m.common.moveUp, (d) => moveRecord(d, 'phases', p.id, -1))}
                    >
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === doc.phases.length - 1}
                      aria-label={m.common.moveDown}
                      onClick={() => commit(m.common.moveDown, (d) => moveRecord(d, 'phases', p.id, 1))}
                    >
                      <IconArrowDown size={14} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={m.common.delete}
                      onClick={() => commit(m.common.delete, (d) => removeRecord(d, 'phases', p.id))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        {doc.tasks.filter((t) => t.phaseId === null).length > 0
          ? `${m.tasks.noPhase}: ${doc.tasks.filter((t) => t.phaseId === null).length}`
          : ''}
      </Text>
    </ScreenFrame>
  );
}
