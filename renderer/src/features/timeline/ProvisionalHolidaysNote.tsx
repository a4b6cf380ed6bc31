import { Badge, Tooltip } from '@mantine/core';
import { provisionalHolidayYears } from '../../../../shared/calendar/holidaysCN';
import type { IsoDate } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { timelineMessages } from './messages';

/** Says when the plan's dates reach a year whose holiday arrangement is not yet published (2027). */
export function ProvisionalHolidaysNote({ start, end }: { start: IsoDate; end: IsoDate }) {
  const m = useMessages(timelineMessages);
  const years = provisionalHolidayYears(start, end);
  if (years.length === 0) return null;
  const text = m.provisionalHolidays(years.join(', '));
  return (
    <Tooltip label={text} multiline w={360}>
      <Badge
        color="yellow"
        variant="light"
        tt="none"
        style={{ flexShrink: 0, maxWidth: '60%' }}
        data-testid="provisional-holidays"
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
