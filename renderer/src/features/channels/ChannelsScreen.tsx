import { ActionIcon, Button, Select, Table } from '@mantine/core';
import { IconPlus, IconSpeakerphone, IconTrash } from '@tabler/icons-react';
import {
  addRecord,
  channelKinds,
  newId,
  removeRecord,
  updateRecord,
  type Channel,
  type ChannelId,
} from '../../../../shared/domain';
import { CommitNumberInput, CommitTextInput, MoneyInput, PercentInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { currencyDigits, useAppMessages } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';

export function ChannelsScreen() {
  const m = useAppMessages();
  const doc = usePlanDoc();
  const commit = useCommit();
  const digits = currencyDigits(doc.plan.currency);
  const set = (id: string, patch: Partial<Channel>) =>
    commit(m.channels.title, (d) => updateRecord(d, 'channels', id, patch));
  const add = () =>
    commit(m.channels.add, (d) =>
      addRecord(d, 'channels', {
        id: newId<ChannelId>(),
        planId: d.plan.id,
        name: m.channels.newChannel,
        kind: 'platformAds',
        expectedUv: null,
        ctr: null,
        cvr: null,
        aovMinor: null,
        plannedSpendMinor: null,
        notes: '',
        order: 0,
      }),
    );
  return (
    <ScreenFrame
      title={m.channels.title}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {m.channels.add}
        </Button>
      }
    >
      {doc.channels.length === 0 ? (
        <EmptyState
          icon={<IconSpeakerphone />}
          body={m.channels.empty}
          action={<Button onClick={add}>{m.channels.add}</Button>}
        />
      ) : (
        <Table data-testid="channels-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.channels.name}</Table.Th>
              <Table.Th w={150}>{m.channels.kind}</Table.Th>
              <Table.Th w={120}>{m.channels.expectedUv}</Table.Th>
              <Table.Th w={100}>{m.channels.ctr}</Table.Th>
              <Table.Th w={100}>{m.channels.cvr}</Table.Th>
              <Table.Th w={120}>{m.channels.aov}</Table.Th>
              <Table.Th w={140}>{m.channels.plannedSpend}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.channels.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <CommitTextInput
                    size="xs"
                    value={c.name}
                    isRequired
                    onCommit={(v) => set(c.id, { name: v })}
                    aria-label={m.channels.name}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    value={c.kind}
                    allowDeselect={false}
                    data={channelKinds.map((k) => ({ value: k, label: m.enums.channelKind[k] }))}
                    onChange={(v) => v && set(c.id, { kind: v as Channel['kind'] })}
                    aria-label={m.channels.kind}
                  />
                </Table.Td>
                <Table.Td>
                  <CommitNumberInput
                    size="xs"
                    value={c.expectedUv}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator=","
                    onCommit={(v) => set(c.id, { expectedUv: v === null ? null : Math.round(v) })}
                    aria-label={m.channels.expectedUv}
                  />
                </Table.Td>
                <Table.Td>
                  <PercentInput
                    size="xs"
                    valueFraction={c.ctr}
                    onCommitFraction={(v) => set(c.id, { ctr: v })}
                    aria-label={m.channels.ctr}
                  />
                </Table.Td>
                <Table.Td>
                  <PercentInput
                    size="xs"
                    valueFraction={c.cvr}
                    onCommitFraction={(v) => set(c.id, { cvr: v })}
                    aria-label={m.channels.cvr}
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    size="xs"
                    valueMinor={c.aovMinor}
                    digits={digits}
                    min={0}
                    onCommitMinor={(v) => set(c.id, { aovMinor: v })}
                    aria-label={m.channels.aov}
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    size="xs"
                    valueMinor={c.plannedSpendMinor}
                    digits={digits}
                    min={0}
                    onCommitMinor={(v) => set(c.id, { plannedSpendMinor: v })}
                    aria-label={m.channels.plannedSpend}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={m.common.delete}
                    onClick={() => commit(m.common.delete, (d) => removeRecord(d, 'channels', c.id))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ScreenFrame>
  );
}
