import { Button, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { planStatuses, type Plan } from '../../../../shared/domain';
import type { LibraryFacets, LibraryFilters, LibrarySort } from '../../../../shared/planning/librarySearch';
import { useAppMessages, useMessages } from '../../i18n';
import { libraryMessages } from './libraryMessages';

interface Props {
  filters: LibraryFilters;
  sort: LibrarySort;
  facets: LibraryFacets;
  shown: number;
  total: number;
  platformLabel(platform: string): string;
  searchRef: RefObject<HTMLInputElement | null>;
  onFilters(patch: Partial<LibraryFilters>): void;
  onSort(sort: LibrarySort): void;
  onClear(): void;
}

/** The library's search box, filters (year, platform, tag, owner, status) and sort. */
export function LibraryFilterBar({
  filters,
  sort,
  facets,
  shown,
  total,
  platformLabel,
  searchRef,
  onFilters,
  onSort,
  onClear,
}: Props) {
  const m = useAppMessages();
  const l = useMessages(libraryMessages);
  const isFiltered =
    filters.query.trim() !== '' ||
    filters.year !== null ||
    filters.platform !== null ||
    filters.tag !== null ||
    filters.owner !== null ||
    filters.status !== null;
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={l.filters} data-testid="library-filters">
      <TextInput
        ref={searchRef}
        aria-label={m.common.search}
        placeholder={m.library.searchPlaceholder}
        leftSection={<IconSearch size={16} />}
        value={filters.query}
        onChange={(e) => onFilters({ query: e.currentTarget.value })}
        w={330}
        data-testid="library-search"
      />
      <Select
        aria-label={l.year}
        placeholder={l.anyYear}
        value={filters.year === null ? null : String(filters.year)}
        data={facets.years.map((y) => String(y))}
        onChange={(v) => onFilters({ year: v === null ? null : Number(v) })}
        w={120}
        clearable
        data-testid="filter-year"
      />
      <Select
        aria-label={l.platform}
        placeholder={l.anyPlatform}
        value={filters.platform}
        data={facets.platforms.map((p) => ({ value: p, label: platformLabel(p) }))}
        onChange={(v) => onFilters({ platform: v })}
        w={140}
        clearable
        data-testid="filter-platform"
      />
      <Select
        aria-label={l.tag}
        placeholder={l.anyTag}
        value={filters.tag}
        data={facets.tags}
        onChange={(v) => onFilters({ tag: v })}
        w={130}
        clearable
        searchable
        data-testid="filter-tag"
      />
      <Select
        aria-label={l.owner}
        placeholder={l.anyOwner}
        value={filters.owner}
        data={facets.owners}
        onChange={(v) => onFilters({ owner: v })}
        w={130}
        clearable
        searchable
        data-testid="filter-owner"
      />
      <Select
        aria-label={l.status}
        placeholder={l.anyStatus}
        value={filters.status}
        data={planStatuses.map((s) => ({ value: s, label: m.enums.planStatus[s] }))}
        onChange={(v) => onFilters({ status: v as Plan['status'] | null })}
        w={130}
        clearable
        data-testid="filter-status"
      />
      <Select
        aria-label={m.library.sortBy}
        value={sort}
        onChange={(v) => onSort((v as LibrarySort | null) ?? 'updated')}
        data={[
          { value: 'updated', label: m.library.sortUpdated },
          { value: 'name', label: m.library.sortName },
          { value: 'peak', label: m.library.sortPeak },
          { value: 'created', label: l.sortCreated },
        ]}
        w={130}
        allowDeselect={false}
        data-testid="library-sort"
      />
      <Switch
        label={m.library.showArchived}
        checked={filters.showArchived}
        onChange={(e) => onFilters({ showArchived: e.currentTarget.checked })}
        mb={8}
      />
      <Group gap="xs" w="100%" justify="space-between">
        <Text size="sm" c="dimmed" data-testid="library-shown" aria-live="polite">
          {l.shown(shown, total)}
        </Text>
        {isFiltered && (
          <Button variant="subtle" size="compact-sm" onClick={onClear} data-testid="library-clear">
            {l.clear}
          </Button>
        )}
      </Group>
    </Group>
  );
}
