import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import type { LibraryFacets, LibraryFilters, LibrarySort } from '../../../../shared/planning/librarySearch';
import { useAppMessages, useMessages } from '../../i18n';
import { LibraryFacetSelects } from './LibraryFacetSelects';
import { libraryMessages } from './libraryMessages';

interface Props {
  filters: LibraryFilters;
  sort: LibrarySort;
  facets: LibraryFacets;
  shown: number;
  total: number;
  /** A word or a facet narrows the list (the "clear" button is offered). */
  isFiltered: boolean;
  /** Stable (the facet selects are memoised on it). */
  platformLabel(platform: string): string;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Stable (the facet selects are memoised on it). */
  onFilters(patch: Partial<LibraryFilters>): void;
  /** Stable (the facet selects are memoised on it). */
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
  isFiltered,
  platformLabel,
  searchRef,
  onFilters,
  onSort,
  onClear,
}: Props) {
  const m = useAppMessages();
  const l = useMessages(libraryMessages);
  // Every filter but the typed words: the selects' own props, equal from one keystroke to the next.
  const { query, ...facetValues } = filters;
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={l.filters} data-testid="library-filters">
      <TextInput
        ref={searchRef}
        aria-label={m.common.search}
        placeholder={m.library.searchPlaceholder}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => onFilters({ query: e.currentTarget.value })}
        w={330}
        data-testid="library-search"
      />
      <LibraryFacetSelects
        {...facetValues}
        sort={sort}
        facets={facets}
        platformLabel={platformLabel}
        onFilters={onFilters}
        onSort={onSort}
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
