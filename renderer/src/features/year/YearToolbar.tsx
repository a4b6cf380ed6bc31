import { ActionIcon, Button, Group, MultiSelect, Switch, Text, Tooltip } from '@mantine/core';
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
  const setFilters = (change: Partial<YearFilters>) =>
    onChange({ ...view, filters: { ...view.filters, ...change } });
  const platformLabel = (p: string) => (app.enums.platform as Record<string, string>)[p] ?? p;

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
          <IsoDateInput
            label={m.from}
            size="xs"
            w={130}
            value={view.range.from}
            onChange={(from) => from && onChange({ ...view, range: { ...view.range, from } })}
            data-testid="year-from"
          />
          <IsoDateInput
            label={m.to}
            size="xs"
            w={130}
            value={view.range.to}
            onChange={(to) => to && onChange({ ...view, range: { ...view.range, to } })}
            data-testid="year-to"
          />
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
      <MultiSelect
        size="xs"
        label={m.platform}
        placeholder={view.filters.platforms.length ? undefined : m.all}
        data={platforms.map((p) => ({ value: p, label: platformLabel(p) }))}
        value={[...view.filters.platforms]}
        onChange={(platforms) => setFilters({ platforms })}
        w={200}
        clearable
        data-testid="year-filter-platform"
      />
      <MultiSelect
        size="xs"
        label={m.status}
        placeholder={view.filters.statuses.length ? undefined : m.all}
        data={yearStatuses.map((s) => ({
          value: s,
          label: s === 'archived' ? m.archived : app.enums.planStatus[s],
        }))}
        value={[...view.filters.statuses]}
        onChange={(v) => setFilters({ statuses: v as YearFilters['statuses'] })}
        w={200}
        clearable
        data-testid="year-filter-status"
      />
      <MultiSelect
        size="xs"
        label={m.type}
        placeholder={view.filters.types.length ? undefined : m.all}
        data={planTypes.map((t) => ({ value: t, label: app.enums.planType[t] }))}
        value={[...view.filters.types]}
        onChange={(v) => setFilters({ types: v as YearFilters['types'] })}
        w={200}
        clearable
        data-testid="year-filter-type"
      />
      {(tags.length > 0 || view.filters.tags.length > 0) && (
        <MultiSelect
          size="xs"
          label={m.tag}
          placeholder={view.filters.tags.length ? undefined : m.all}
          data={[...new Set([...tags, ...view.filters.tags])]}
          value={[...view.filters.tags]}
          onChange={(v) => setFilters({ tags: v })}
          w={200}
          clearable
          searchable
          data-testid="year-filter-tag"
        />
      )}
    </Group>
  );
}
