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
  // The five facets, each one clearable select (its value null while any is allowed).
  const facetFilters: {
    key: 'year' | 'platform' | 'tag' | 'owner' | 'status';
    any: string;
    value: string | null;
    data: (string | { value: string; label: string })[];
    set(v: string | null): void;
    width: number;
    searchable?: boolean;
  }[] = [
    {
      key: 'year',
      any: l.anyYear,
      value: filters.year === null ? null : String(filters.year),
      data: facets.years.map((y) => String(y)),
      set: (v) => onFilters({ year: v === null ? null : Number(v) }),
      width: 120,
    },
    {
      key: 'platform',
      any: l.anyPlatform,
      value: filters.platform,
      data: facets.platforms.map((p) => ({ value: p, label: platformLabel(p) })),
      set: (v) => onFilters({ platform: v }),
      width: 140,
    },
    {
      key: 'tag',
      any: l.anyTag,
      value: filters.tag,
      data: facets.tags,
      set: (v) => onFilters({ tag: v }),
      width: 130,
      searchable: true,
    },
    {
      key: 'owner',
      any: l.anyOwner,
      value: filters.owner,
      data: facets.owners,
      set: (v) => onFilters({ owner: v }),
      width: 130,
      searchable: true,
    },
    {
      key: 'status',
      any: l.anyStatus,
      value: filters.status,
      data: planStatuses.map((s) => ({ value: s, label: m.enums.planStatus[s] })),
      set: (v) => onFilters({ status: v as Plan['status'] | null }),
      width: 130,
    },
  ];
  const isFiltered = filters.query.trim() !== '' || facetFilters.some((f) => f.value !== null);
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
      {facetFilters.map((f) => (
        <Select
          key={f.key}
          aria-label={l[f.key]}
          placeholder={f.any}
          value={f.value}
          data={f.data}
          onChange={f.set}
          w={f.width}
          clearable
          searchable={f.searchable}
          data-testid={`filter-${f.key}`}
        />
      ))}
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
