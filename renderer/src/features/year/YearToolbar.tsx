import { ActionIcon, Button, Group, MultiSelect, Pill, Switch, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { planTypes } from '../../../../shared/domain';
import { yearRange, yearStatuses, type YearFilters } from '../../../../shared/calendar/yearRows';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useAppMessages, useMessages } from '../../i18n';
import { yearMessages } from './messages';
import type { YearView } from './yearParams';

/** The year (or a custom from–to range) and the platform, status, type and tag filters. */
export function YearToolbar({
  view,
  today,
  platforms,
  tags,
  onChange,
}: {
  view: YearView;
  today: string;
  /** Platforms to offer: the known ones, then the plans' own. */
  platforms: readonly string[];
  /** Tags to offer: those of the plans, as the library offers them. */
  tags: readonly string[];
  onChange(view: YearView): void;
}) {
  const m = useMessages(yearMessages);
  const app = useAppMessages();
  const thisYear = Number(today.slice(0, 4));
  const year = view.year ?? Number(view.range.from.slice(0, 4));
  const setYear = (y: number) => onChange({ ...view, year: y, range: yearRange(y) });
  const setFilters = (change: Partial<Record<keyof YearFilters, string[]>>) =>
    onChange({ ...view, filters: { ...view.filters, ...change } as YearFilters });
  const platformLabel = (p: string) => (app.enums.platform as Record<string, string>)[p] ?? p;
  // The four filters, each a multiple choice kept in the address; tags only once a plan has one.
  const filters: {
    key: keyof YearFilters;
    label: 'platform' | 'status' | 'type' | 'tag';
    data: { value: string; label: string }[];
  }[] = [
    {
      key: 'platforms',
      label: 'platform',
      data: platforms.map((p) => ({ value: p, label: platformLabel(p) })),
    },
    {
      key: 'statuses',
      label: 'status',
      data: yearStatuses.map((s) => ({
        value: s,
        label: s === 'archived' ? m.archived : app.enums.planStatus[s],
      })),
    },
    {
      key: 'types',
      label: 'type',
      data: planTypes.map((t) => ({ value: t, label: app.enums.planType[t] })),
    },
  ];
  if (tags.length > 0 || view.filters.tags.length > 0)
    filters.push({
      key: 'tags',
      label: 'tag',
      data: [...new Set([...tags, ...view.filters.tags])].map((t) => ({ value: t, label: t })),
    });

  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      {view.year !== null ? (
        <Group gap={4} wrap="nowrap" align="center">
          <Tooltip label={m.previousYear}>
            <ActionIcon variant="default" aria-label={m.previousYear} onClick={() => setYear(year - 1)}>
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Text fw={700} w={48} ta="center" data-testid="year-shown">
            {year}
          </Text>
          <Tooltip label={m.nextYear}>
            <ActionIcon variant="default" aria-label={m.nextYear} onClick={() => setYear(year + 1)}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
          {year !== thisYear && (
            <Button variant="subtle" size="compact-sm" onClick={() => setYear(thisYear)}>
              {m.thisYear}
            </Button>
          )}
        </Group>
      ) : (
        <Group gap={6} wrap="nowrap">
          {(['from', 'to'] as const).map((end) => (
            <IsoDateInput
              key={end}
              label={m[end]}
              size="xs"
              w={130}
              value={view.range[end]}
              onChange={(date) => date && onChange({ ...view, range: { ...view.range, [end]: date } })}
              data-testid={`year-${end}`}
            />
          ))}
        </Group>
      )}
      <Switch
        size="xs"
        label={m.customRange}
        checked={view.year === null}
        onChange={(e) =>
          e.currentTarget.checked
            ? onChange({ ...view, year: null })
            : setYear(Number(view.range.from.slice(0, 4)))
        }
        data-testid="year-custom-range"
        mb={4}
      />
      {filters.map((filter) => (
        <MultiSelect
          key={filter.key}
          size="xs"
          label={m[filter.label]}
          placeholder={view.filters[filter.key].length ? undefined : m.all}
          data={filter.data}
          value={[...view.filters[filter.key]]}
          onChange={(v) => setFilters({ [filter.key]: v })}
          w={200}
          clearable
          // A chosen value is a pill as Mantine draws it, with its whole text as a tooltip: in the
          // 200 px field a long one ("Black Friday / Cyber Monday", a tag) ends in "…".
          renderPill={({ option, value, onRemove, disabled }) => (
            <Pill
              className="mantine-MultiSelect-pill"
              withRemoveButton
              onRemove={onRemove}
              disabled={disabled}
              title={option?.label ?? value}
            >
              {option?.label ?? value}
            </Pill>
          )}
          searchable={filter.key === 'tags'}
          // The options are built when a list opens, not with the calendar (each list kept
          // mounted, hidden, cost the calendar's first frame a forced layout per filter).
          comboboxProps={{ keepMounted: false }}
          data-testid={`year-filter-${filter.label}`}
        />
      ))}
    </Group>
  );
}
