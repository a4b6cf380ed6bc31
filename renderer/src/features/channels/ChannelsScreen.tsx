import { Select } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { channelKinds, newId, type Channel, type ChannelId } from '../../../../shared/domain';
import { CommitNumberInput, CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';

export function ChannelsScreen() {
  const m = useAppMessages();
  const list = useRecordList('channels', {
    editLabel: m.channels.title,
    addLabel: m.channels.add,
    create: (d) => ({
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
  });
  const { set } = list;
  return (
    <RecordListScreen
      list={list}
      title={m.channels.title}
      addLabel={m.channels.add}
      emptyIcon={<IconSpeakerphone />}
      emptyBody={m.channels.empty}
    >
      <RecordTable
        testId="channels-table"
        records={list.records}
        onDelete={list.remove}
        columns={[
          {
            header: m.channels.name,
            cell: (c) => (
              <CommitTextInput
                size="xs"
                value={c.name}
                isRequired
                onCommit={(v) => set(c.id, { name: v })}
                aria-label={m.channels.name}
              />
            ),
          },
          {
            header: m.channels.kind,
            width: 150,
            cell: (c) => (
              <Select
                size="xs"
                value={c.kind}
                allowDeselect={false}
                data={channelKinds.map((k) => ({ value: k, label: m.enums.channelKind[k] }))}
                onChange={(v) => v && set(c.id, { kind: v as Channel['kind'] })}
                aria-label={m.channels.kind}
              />
            ),
          },
          {
            header: m.channels.expectedUv,
            width: 120,
            cell: (c) => (
              <CommitNumberInput
                size="xs"
                value={c.expectedUv}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                onCommit={(v) => set(c.id, { expectedUv: v === null ? null : Math.round(v) })}
                aria-label={m.channels.expectedUv}
              />
            ),
          },
          {
            header: m.channels.ctr,
            width: 100,
            cell: (c) => (
              <PercentInput
                size="xs"
                valueFraction={c.ctr}
                onCommitFraction={(v) => set(c.id, { ctr: v })}
                aria-label={m.channels.ctr}
              />
            ),
          },
          {
            header: m.channels.cvr,
            width: 100,
            cell: (c) => (
              <PercentInput
                size="xs"
                valueFraction={c.cvr}
                onCommitFraction={(v) => set(c.id, { cvr: v })}
                aria-label={m.channels.cvr}
              />
            ),
          },
          {
            header: m.channels.aov,
            width: 120,
            cell: (c) => (
              <MoneyInput
                size="xs"
                valueMinor={c.aovMinor}
                currency={list.doc.plan.currency}
                allowEmpty
                isNonNegative
                onCommitMinor={(v) => set(c.id, { aovMinor: v })}
                aria-label={m.channels.aov}
              />
            ),
          },
          {
            header: m.channels.plannedSpend,
            width: 140,
            cell: (c) => (
              <MoneyInput
                size="xs"
                valueMinor={c.plannedSpendMinor}
                currency={list.doc.plan.currency}
                allowEmpty
                isNonNegative
                onCommitMinor={(v) => set(c.id, { plannedSpendMinor: v })}
                aria-label={m.channels.plannedSpend}
              />
            ),
          },
        ]}
      />
    </RecordListScreen>
  );
}
