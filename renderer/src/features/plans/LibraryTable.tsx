import { Table, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useLatest } from '../../components/useLatest';
import { useNavigate } from 'react-router-dom';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';
import { useAppMessages, useFormat, useMessages, type Formatters } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import type { PlanSummary } from '../../state/libraryStore';
import { compareMessages } from '../compare/messages';
import { libraryMessages } from './libraryMessages';
import { PlanRow } from './PlanRow';

/** A row's height before it is measured (name and theme on two lines, Mantine's sm spacing). */
const ROW_ESTIMATE = 66;
/** Rows rendered beyond each edge of the visible part: room for Tab to reach the next row. */
const OVERSCAN = 3;
/**
 * Where the rows start in the scrolling box before it is measured: below the title, the filter
 * bar and the header row at 1280×720 (262 px; the box starts below the app's header).
 * Corrected after the first render; a close guess keeps that first render from drawing rows below
 * the fold (at 0 it drew four rows more, mounted and dropped again at once).
 */
const MARGIN_ESTIMATE = 262;
const COLUMNS = 9;

export interface LibraryTableActions {
  onPick(planId: string, on: boolean): void;
  onTag(tag: string): void;
  onDuplicate(summary: PlanSummary): void;
  onRoll(summary: PlanSummary): void;
  onArchive(summary: PlanSummary): void;
  onTrash(summary: PlanSummary): void;
}

/** What every row shows its plan with, in the planner's language. */
export interface RowText {
  m: AppMessages;
  l: (typeof libraryMessages)['zh-CN'];
  cmp: (typeof compareMessages)['zh-CN'];
  f: Formatters;
}

interface Props extends LibraryTableActions {
  plans: readonly PlanSummary[];
  picked: readonly string[];
  /** The screen's scrolling box (the library scrolls as one page). */
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The library's plans as a table, windowed: only the rows in (and just around) the visible part of
 * the page are in the DOM, the rest stand as one spacer above and one below, so 200 plans open as
 * quickly as 20 (issue 14.8). The table keeps its semantics — `aria-rowcount` says how many plans
 * it holds, each row its `aria-rowindex` — and fixed column widths, so scrolling never re-flows the
 * columns. A plan far down the list is reached by scrolling (rows come in as they near the edge,
 * Tab included: a focused row is scrolled into view) or, as a planner would, by the search box.
 */
export function LibraryTable({ plans, picked, scrollRef, ...actions }: Props) {
  // The rows get actions that stay the same from one render to the next (each calls the latest
  // handler), so a row whose plan did not change is not drawn again (PlanRow is memoised): the
  // render that follows the rows' measuring, and a tick, redraw the spacers and new rows only.
  const latest = useLatest(actions);
  const rowActions = useMemo<LibraryTableActions>(
    () => ({
      onPick: (planId, on) => latest.current.onPick(planId, on),
      onTag: (tag) => latest.current.onTag(tag),
      onDuplicate: (s) => latest.current.onDuplicate(s),
      onRoll: (s) => latest.current.onRoll(s),
      onArchive: (s) => latest.current.onArchive(s),
      onTrash: (s) => latest.current.onTrash(s),
    }),
    [latest],
  );
  // One subscription to the router for the table; each row's link and menu had their own.
  const navigate = useNavigate();
  const m = useAppMessages();
  const l = useMessages(libraryMessages);
  const cmp = useMessages(compareMessages);
  const f = useFormat();
  const rowText = useMemo<RowText>(() => ({ m, l, cmp, f }), [m, l, cmp, f]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Where the rows start inside the scrolling box (below the title, filters and header row):
  // read after every render, as anything above (the filters wrapping, the counting line) moves it.
  const [margin, setMargin] = useState(MARGIN_ESTIMATE);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose after every render; settles at once
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const box = scrollRef.current;
    if (!body || !box) return;
    const at = body.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (Math.abs(at - margin) > 0.5) setMargin(at);
  });
  const virtualizer = useVirtualizer({
    count: plans.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => plans[i]?.plan.id ?? i,
    overscan: OVERSCAN,
    scrollMargin: margin,
    // The first render already holds the first screenful (before the box is measured).
    initialRect: { width: 1280, height: typeof window === 'undefined' ? 720 : window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" style={{ height }}>
        <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
      </tr>
    );

  return (
    <Table
      highlightOnHover
      verticalSpacing="sm"
      layout="fixed"
      data-testid="plan-list"
      aria-rowcount={plans.length + 1}
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th w={40}>
            <VisuallyHidden>{cmp.nav}</VisuallyHidden>
          </Table.Th>
          <Table.Th>{m.newPlan.name}</Table.Th>
          <Table.Th w={140}>{m.newPlan.type}</Table.Th>
          <Table.Th w={176}>{m.library.peak}</Table.Th>
          <Table.Th w={90}>{m.overview.status}</Table.Th>
          <Table.Th w={170}>{l.owners}</Table.Th>
          <Table.Th w={100}>{m.tabs.tasks}</Table.Th>
          <Table.Th w={164}>{m.library.updated}</Table.Th>
          <ActionsColumnHeader w={52} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {spacer(before, 'before')}
        {items.map((item) => {
          const s = plans[item.index];
          if (!s) return null;
          const isPicked = picked.includes(s.plan.id);
          return (
            <PlanRow
              key={s.plan.id}
              index={item.index}
              measure={virtualizer.measureElement}
              summary={s}
              isPicked={isPicked}
              canPick={picked.length < 4}
              actions={rowActions}
              navigate={navigate}
              text={rowText}
            />
          );
        })}
        {spacer(after, 'after')}
      </Table.Tbody>
    </Table>
  );
}
