import { DateInput, type DateInputProps } from '@mantine/dates';
import { isValidIsoDate } from '../../../shared/domain';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null;
  onChange(value: string | null): void;
};

/** A date field whose value is always a `YYYY-MM-DD` string (or null), never a Date. */
export function IsoDateInput({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      value={value}
      onChange={(v) => {
        const iso = typeof v === 'string' ? v.slice(0, 10) : null;
        onChange(iso && isValidIsoDate(iso) ? iso : null);
      }}
      {...rest}
    />
  );
}
