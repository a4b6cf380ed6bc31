import { Select, type ComboboxData } from '@mantine/core';

/** What a filter is called (for screen readers) and what it shows while it lets everything through. */
export interface FilterTexts {
  label: string;
  any: string;
}

/**
 * A toolbar filter that narrows a list to one value: small, clearable, its value null while
 * everything is shown (`texts.any` stands in it then).
 */
export function FilterSelect({
  texts,
  value,
  onChange,
  data,
  w,
  searchable,
  testId,
}: {
  texts: FilterTexts;
  value: string | null;
  onChange(value: string | null): void;
  data: ComboboxData;
  w: number;
  searchable?: boolean;
  testId: string;
}) {
  return (
    <Select
      size="xs"
      w={w}
      aria-label={texts.label}
      placeholder={texts.any}
      clearable
      searchable={searchable}
      value={value}
      onChange={onChange}
      data={data}
      data-testid={testId}
    />
  );
}
