import { Button, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsDiff, IconCalendarEvent, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { PlanId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { confirmDestructive } from '../../components/confirm';
import { useAppMessages, useMessages } from '../../i18n';
import { newFromExcelMessages } from '../io/newFromExcelMessages';
import { useNewFromExcel } from '../io/useNewFromExcel';
import { compareMessages } from '../compare/messages';
import { useLibraryStore, type PlanSummary } from '../../state/libraryStore';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { afterFirstPaint } from '../../app/afterFirstPaint';
import {
  libraryFacets,
  noLibraryFilters,
  filterLibrary,
  queryWords,
  sortLibrary,
  type LibraryFilters,
  type LibrarySort,
} from '../../../../shared/planning/librarySearch';
import { appMessages } from '../../i18n/messages';
import { LibraryFilterBar } from './LibraryFilterBar';
import { libraryMessages } from './libraryMessages';
import { LibraryTable } from './LibraryTable';
import { ScreenTitle } from '../../components/ScreenTitle';

// The two dialogs carry the templates and the date picker: they load when first opened (and are
// fetched in idle time once the library is painted), not with the library.
const loadDialogs = {
  newPlan: () => import('./NewPlanModal'),
  duplicate: () => import('./DuplicatePlanModal'),
  rollForward: () => import('../rollforward/RollForwardModal'),
};
const NewPlanModal = lazy(async () => ({ default: (await loadDialogs.newPlan()).NewPlanModal }));
const DuplicatePlanModal = lazy(async () => ({
  default: (await loadDialogs.duplicate()).DuplicatePlanModal,
}));
const RollForwardModal = lazy(async () => ({
  default: (await loadDialogs.rollForward()).RollForwardModal,
}));

export function LibraryScreen() {
  const m = useAppMessages();
  const excel = useMessages(newFromExcelMessages);
  const newFromExcel = useNewFromExcel();
  const { plans, isLoaded, summaryProgress, refresh, setArchived, moveToTrash } = useLibraryStore();
  const l = useMessages(libraryMessages);
  const [filters, setFilters] = useState<LibraryFilters>(noLibraryFilters);
  const [sort, setSort] = useState<LibrarySort>('updated');
  // Stable: the facet selects are memoised on it (a typed word redraws only the box and the list).
  const changeFilters = useCallback(
    (patch: Partial<LibraryFilters>) => setFilters((f) => ({ ...f, ...patch })),
    [],
  );
  const [params, setParams] = useSearchParams();
  const [duplicating, setDuplicating] = useState<PlanSummary | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Plans ticked for "compare" (issue 14.4), in the order ticked: the first is the reference.
  const [picked, setPicked] = useState<string[]>([]);
  const cmp = useMessages(compareMessages);
  const navigate = useNavigate();
  const isNewOpen = params.get('new') === '1';
  // ?roll=<planId>: the roll-forward dialog, also opened from a plan's overview and the palette.
  const rollingId = (params.get('roll') as PlanId | null) ?? null;
  const [rollUsed, setRollUsed] = useState(rollingId !== null);
  if (rollingId !== null && !rollUsed) setRollUsed(true);
  // Mounted from the first opening on, so each dialog keeps its closing transition.
  const [newUsed, setNewUsed] = useState(isNewOpen);
  const [duplicateUsed, setDuplicateUsed] = useState(false);
  if (isNewOpen && !newUsed) setNewUsed(true);
  if (duplicating && !duplicateUsed) setDuplicateUsed(true);
  const openNew = () => setParams({ new: '1' });

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      afterFirstPaint(
        () => {
          for (const load of Object.values(loadDialogs)) load().catch(() => undefined);
        },
        { delayMs: 2000 },
      ),
    [],
  );

  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['N', openNew],
  ]);
  // The library's own keys, on the shortcut sheet while the library is on view (and not inside a
  // plan, where they do nothing). The palette offers "New plan" everywhere as an app action.
  const keys = useMemo<AppAction[]>(
    () => [
      {
        id: 'library.newPlan',
        label: { zh: appMessages['zh-CN'].shortcuts.newPlan, en: appMessages['en-US'].shortcuts.newPlan },
        shortcut: 'N',
        scope: 'screen',
        isEnabled: () => false, // the palette has app.newPlan
        perform: () => undefined,
      },
      {
        id: 'library.search',
        label: { zh: appMessages['zh-CN'].shortcuts.search, en: appMessages['en-US'].shortcuts.search },
        shortcut: '/',
        scope: 'screen',
        perform: () => searchRef.current?.focus(),
      },
    ],
    [],
  );
  useRegisterActions('library', keys);

  // A platform is found by its key and by its names in both languages ("天猫", "Tmall").
  const platformNames = useMemo(() => {
    const zh = appMessages['zh-CN'].enums.platform as Record<string, string>;
    const en = appMessages['en-US'].enums.platform as Record<string, string>;
    return (p: string) => [zh[p], en[p]].filter((n): n is string => n !== undefined);
  }, []);
  const platformLabel = useCallback((p: string) => (m.enums.platform as Record<string, string>)[p] ?? p, [m]);
  // Sorted once per listing and sort; a typed word filters that order (librarySearch.ts).
  const sorted = useMemo(() => sortLibrary(plans, sort), [plans, sort]);
  const visible = useMemo(
    () => filterLibrary(sorted, filters, platformNames),
    [sorted, filters, platformNames],
  );
  const active = useMemo(() => plans.filter((p) => p.plan.deletedAt === null), [plans]);
  const facets = useMemo(() => libraryFacets(active), [active]);
  const isFiltered =
    queryWords(filters.query).length > 0 ||
    filters.year !== null ||
    filters.platform !== null ||
    filters.tag !== null ||
    filters.owner !== null ||
    filters.status !== null;

  async function trash(summary: PlanSummary) {
    const ok = await confirmDestructive({
      title: m.library.moveToTrash,
      body: m.library.trashConfirm(summary.plan.name),
      confirmLabel: m.library.moveToTrash,
      cancelLabel: m.common.cancel,
    });
    if (!ok) return;
    await moveToTrash(summary.plan.id);
    notifications.show({ message: m.library.movedToTrash(summary.plan.name) });
  }

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))" viewportRef={scrollRef}>
      <Stack p="lg" gap="md" maw={1280} mx="auto">
        <Group justify="space-between" align="flex-end">
          <ScreenTitle title={m.library.title} intro={m.library.subtitle} />
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void newFromExcel.pick()}
              data-testid="new-from-excel"
            >
              {excel.action}
            </Button>
            {picked.length > 0 && (
              <Button
                variant="light"
                leftSection={<IconArrowsDiff size={16} />}
                disabled={picked.length < 2}
                onClick={() => navigate(`/compare?plans=${picked.join(',')}`)}
                data-testid="compare-selected"
              >
                {cmp.compareSelected(picked.length)}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={openNew} data-testid="new-plan">
              {m.library.newPlan}
            </Button>
          </Group>
        </Group>
        {isLoaded && active.length === 0 ? (
          <EmptyState
            icon={<IconCalendarEvent />}
            title={m.library.emptyTitle}
            body={m.library.emptyBody}
            action={
              <Button onClick={openNew} leftSection={<IconPlus size={16} />}>
                {m.library.emptyAction}
              </Button>
            }
          />
        ) : (
          <>
            <LibraryFilterBar
              filters={filters}
              sort={sort}
              facets={facets}
              shown={visible.length}
              total={active.length}
              isFiltered={isFiltered}
              platformLabel={platformLabel}
              searchRef={searchRef}
              onFilters={changeFilters}
              onSort={setSort}
              onClear={() => setFilters({ ...noLibraryFilters, showArchived: filters.showArchived })}
            />
            {summaryProgress && (
              <Group gap="xs" role="status" data-testid="library-summarizing">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  {l.summarizing(summaryProgress.done, summaryProgress.total)}
                </Text>
              </Group>
            )}
            {visible.length === 0 && !isFiltered && !filters.showArchived ? (
              <Group gap="xs" data-testid="all-archived">
                <Text c="dimmed">{m.library.allArchived(active.length)}</Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => changeFilters({ showArchived: true })}
                >
                  {m.library.showArchived}
                </Button>
              </Group>
            ) : visible.length === 0 ? (
              <Text c="dimmed">{m.library.noMatch(filters.query)}</Text>
            ) : (
              <LibraryTable
                plans={visible}
                picked={picked}
                scrollRef={scrollRef}
                onPick={(id, on) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)))}
                onTag={(tag) => changeFilters({ tag })}
                onDuplicate={setDuplicating}
                onRoll={(s) => setParams({ roll: s.plan.id })}
                onArchive={(s) => void setArchived(s.plan.id, !s.plan.archivedAt)}
                onTrash={(s) => void trash(s)}
              />
            )}
          </>
        )}
      </Stack>
      <Suspense fallback={null}>
        {newUsed && <NewPlanModal opened={isNewOpen} onClose={() => setParams({})} />}
        {duplicateUsed && <DuplicatePlanModal summary={duplicating} onClose={() => setDuplicating(null)} />}
        {rollUsed && <RollForwardModal planId={rollingId} onClose={() => setParams({})} />}
      </Suspense>
    </ScrollArea>
  );
}
