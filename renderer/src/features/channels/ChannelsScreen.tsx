import { IconSpeakerphone } from '@tabler/icons-react';
import { channelKinds, newRecord, type Channel } from '../../../../shared/domain';
import { CommitNumberInput, CommitTextInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { RecordListScreen, RecordTable, useRecordList, type RecordColumn } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';

export function ChannelsScreen() {
  const m = useAppMessages();
  const list = useRecordList('channels', {
    editLabel: m.channels.title,
    addLabel: m.channels.add,
    create: (d) => newRecord('channels', d.plan.id, { name: m.channels.newChannel, kind: 'platformAds' }),
  });
  const { set } = list;
  const percentColumn = (field: 'ctr' | 'cvr', header: string): RecordColumn<Channel> => ({
    header,
    width: 100,
    cell: (c) => (
      <PercentInput
        size="xs"
        valueFraction={c[field]}
        onCommitFraction={(v) => set(c.id, { [field]: v })}
        aria-label={header}
      />
    ),
  });
  const moneyColumn = (
    field: 'aovMinor' | 'plannedSpendMinor',
    header: string,
    width: number,
  ): RecordColumn<Channel> => ({
    header,
    width,
    cell: (c) => (
      <MoneyInput
        size="xs"
        valueMinor={c[field]}
        currency={list.doc.plan.currency}
        allowEmpty
        isNonNegative
        onCommitMinor={(v) => set(c.id, { [field]: v })}
        aria-label={header}
      />
    ),
  });
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
                // Long names ("On-platform ads (Tmall Wanxiangtai, search ads)") show whole as a tooltip.
                title={c.name}
              />
            ),
          },
          {
            header: m.channels.kind,
            // "Private domain / groups" whole, beside the select's chevron.
            width: 200,
            cell: (c) => (
              <ChoiceSelect
                value={c.kind}
                choices={channelKinds}
                labels={m.enums.channelKind}
                onChange={(kind) => set(c.id, { kind })}
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
          percentColumn('ctr', m.channels.ctr),
          percentColumn('cvr', m.channels.cvr),
          moneyColumn('aovMinor', m.channels.aov, 120),
          moneyColumn('plannedSpendMinor', m.channels.plannedSpend, 140),
        ]}
      />
    </RecordListScreen>
  );
}
