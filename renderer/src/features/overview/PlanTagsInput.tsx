import { TagsInput } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { libraryFacets, normalizeTags } from '../../../../shared/planning/librarySearch';
import { useMessages } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';
import { usePlanDoc } from '../../state/planStore';
import { runEdit } from '../../state/editActions';
import { setTagsEdit } from './overviewEdits';
import { libraryMessages } from '../plans/libraryMessages';

/**
 * The plan's tags (issue 14.7): each added or removed tag is one undo step; tags already used in
 * the library are offered as the planner types.
 */
export function PlanTagsInput() {
  const l = useMessages(libraryMessages);
  const { plan } = usePlanDoc();
  const plans = useLibraryStore((s) => s.plans);
  const isLoaded = useLibraryStore((s) => s.isLoaded);
  const refresh = useLibraryStore((s) => s.refresh);
  useEffect(() => {
    if (!isLoaded) void refresh();
  }, [isLoaded, refresh]);
  const known = useMemo(() => libraryFacets(plans).tags, [plans]);
  const tags = plan.tags ?? [];
  return (
    <TagsInput
      label={l.tags}
      description={l.tagsHint}
      placeholder={l.tagsPlaceholder}
      value={tags}
      data={known}
      maxLength={40}
      clearable
      onChange={(values) => {
        const next = normalizeTags(values);
        if (next.length === tags.length && next.every((t, i) => t === tags[i])) return;
        runEdit(setTagsEdit, next);
      }}
      data-testid="plan-tags-input"
    />
  );
}
