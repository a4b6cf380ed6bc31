import { IconSpeakerphone } from '@tabler/icons-react';
import { channelKinds, newRecord } from '../../../../shared/domain';
import { CommitNumberInput } from '../../components/CommitInputs';
import { RecordListScreen, RecordTable, useRecordList } from '../../components/RecordList';
import { recordColumns } from '../../components/recordColumns';
import { useAppMessages } from '../../i18n';

export function ChannelsScreen() {
  const m = useAppMessages();
  const list = useRecordList('channels', m.channels, (d) =>
    newRecord('channels', d.plan.id, { name: m.channels.newChannel, kind: 'platformAds' }),
  );
  const { set } = list;
  const col = recordColumns(set);
  return (
    <RecordListScreen list={list} emptyIcon={<IconSpeakerphone />}>
      <RecordTable
        testId="channels-table"
        list={list}
        columns={[
          col.text('name', m.channels.name, { isRequired: true }),
          // "Private domain / groups" whole, beside the select's chevron.
          col.choice('kind', m.channels.kind, channelKinds, m.enums.channelKind, 200),
          col.custom(m.channels.expectedUv, 120, (c) => (
            <CommitNumberInput
              size="xs"
              value={c.expectedUv}
              min={0}
              allowDecimal={false}
              thousandSeparator=","
              onCommit={(v) => set(c.id, { expectedUv: v === null ? null : Math.round(v) })}
              aria-label={m.channels.expectedUv}
            />
          )),
          col.percent('ctr', m.channels.ctr, 100),
          col.percent('cvr', m.channels.cvr, 100),
          col.money('aovMinor', m.channels.aov, 120, list.doc.plan.currency),
          col.money('plannedSpendMinor', m.channels.plannedSpend, 140, list.doc.plan.currency),
        ]}
      />
    </RecordListScreen>
  );
}
