import { memo } from 'react';
import { LazySelect } from '../../components/LazySelect';
import { useFirstUse } from '../../components/useFirstUse';
import { useMessages } from '../../i18n';
import { timelineMessages } from './messages';
import type { GroupBy } from './rows';

/** The timeline's grouping: by phase, workstream, channel or owner. */
export const GroupBySelect = memo(function GroupBySelect({
  value,
  onChange,
}: {
  value: GroupBy;
  onChange(groupBy: GroupBy): void;
}) {
  const m = useMessages(timelineMessages);
  const list = useFirstUse();
  return (
    <LazySelect
      id="tl-group-by"
      aria-label={m.groupBy}
      size="xs"
      w={110}
      value={value}
      onChange={(v) => v && onChange(v as GroupBy)}
      data={[
        { value: 'phase', label: m.groupPhase },
        { value: 'workstream', label: m.groupWorkstream },
        { value: 'channel', label: m.groupChannel },
        { value: 'owner', label: m.groupOwner },
      ]}
      allowDeselect={false}
      comboboxProps={{ keepMounted: list.used }}
      {...list.trigger}
    />
  );
});
