import { Select, Switch } from '@mantine/core';
import { memo } from 'react';
import { planStatuses, type Plan } from '../../../../shared/domain';
import type { LibraryFacets, LibraryFilters, LibrarySort } from '../../../../shared/planning/librarySearch';
import { useAppMessages, useMessages } from '../../i18n';
import { libraryMessages } from './libraryMessages';

type FacetKey = 'year' | 'platform' | 'tag' | 'owner' | 'status';

interface Props extends Pick<LibraryFilters, FacetKey | 'showArchived'> {
  sort: LibrarySort;
  facets: LibraryFacets;
  platformLabel(platform: string): string;
  onFilters(patch: Partial<LibraryFilters>): void;
  onSort(sort: LibrarySort): void;
}

/**
 * The library's five facet filters (year, platform, tag, owner, status), its sort and the
 * "show archived" switch. Memoised apart from the search box: a typed word redraws the box and
 * the list, never these seven inputs. Each select's list is mounted when it is opened (Mantine
 * keeps a closed one mounted and hidden by default: six lists, their scroll areas and options, at
 * every visit of the library).
 */
export const LibraryFacetSelects = memo(function LibraryFacetSelects({
  sort,
  facets,
  platformLabel,
  onFilters,
  onSort,
  ...filters
}: Props) {
  const m = useAppMessages();
  const l = useMessages(libraryMessages);
  // The five facets, each one clearable select (its value null while any is allowed).
  const facetFilters: {
    key: FacetKey;
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
  return (
    <>
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
          comboboxProps={closedUnmounted}
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
        comboboxProps={closedUnmounted}
        data-testid="library-sort"
      />
      <Switch
        label={m.library.showArchived}
        checked={filters.showArchived}
        onChange={(e) => onFilters({ showArchived: e.currentTarget.checked })}
        mb={8}
      />
    </>
  );
});

const closedUnmounted = { keepMounted: false } as const;
