import '@mantine/dates/styles.css';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import 'dayjs/locale/zh-cn';
import { isValidIsoDate, readTypedDate } from '../../../shared/domain';
import { useAppMessages } from '../i18n';

// Date fields parse what the planner types (YYYY-MM-DD) with this plugin. @mantine/dates, its
// styles and dayjs's locale load with the first screen that has a date field, not at start-up.
dayjs.extend(customParseFormat);

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null;
  onChange(value: string | null): void;
};

/**
 * A date field whose value is always a `YYYY-MM-DD` string (or null), never a Date. Typed text
 * that is not a day on the calendar is refused, saying so, and the field keeps its date.
 */
export function IsoDateInput({
  value,
  onChange,
  popoverProps,
  onKeyDown,
  onClick,
  onFocus,
  onBlur,
  error,
  ...rest
}: Props) {
  const m = useAppMessages();
  // Enter accepts a typed date and folds the calendar away, so it stops covering what follows
  // (a dialog's preview and buttons); focusing, clicking or typing again brings it back.
  const [folded, setFolded] = useState(false);
  // The text as typed, while it is being typed: a whole date-shaped text that is no day is marked.
  const [typed, setTyped] = useState<string | null>(null);
  const refused = typed !== null && typed.trim().length >= 8 && readTypedDate(typed) === null;
  return (
    <DatesProvider settings={{ locale: m.common.calendarLocale, firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat="YYYY-MM-DD"
        dateParser={readTypedDate}
        error={refused ? m.common.notADay(typed.trim()) : error}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onBlur={(e) => {
          setTyped(null);
          onBlur?.(e);
        }}
        monthLabelFormat={m.common.monthLabelFormat}
        value={value}
        onChange={(v) => {
          const iso = typeof v === 'string' ? v.slice(0, 10) : null;
          onChange(iso && isValidIsoDate(iso) ? iso : null);
        }}
        popoverProps={folded ? { ...popoverProps, opened: false } : popoverProps}
        onKeyDown={(e) => {
          setFolded(e.key === 'Enter');
          onKeyDown?.(e);
        }}
        onClick={(e) => {
          setFolded(false);
          onClick?.(e);
        }}
        onFocus={(e) => {
          setFolded(false);
          onFocus?.(e);
        }}
        {...rest}
      />
    </DatesProvider>
  );
}
