import { CheckIcon, rem } from '@mantine/core';
import { memo, useId } from 'react';
import type { NavigateFunction } from 'react-router-dom';
import { listIn } from '../../../../shared/i18n/locale';
import { routeLink } from '../../components/routeLink';
import type { PlanSummary } from '../../state/libraryStore';
import type { LibraryTableActions, RowText } from './LibraryTable';
import { PlanRowMenu } from './PlanRowMenu';
import { badge, cell, checkbox, row, tagGroup, text, unstyledButton } from './planRowLook';

const SHOWN_OWNERS = 3;

interface Props {
  /** Its place in the list (the table is windowed: LibraryTable). */
  index: number;
  /** Measures the row's height once it is in the DOM. */
  measure(el: HTMLTableRowElement | null): void;
  summary: PlanSummary;
  isPicked: boolean;
  canPick: boolean;
  actions: LibraryTableActions;
  /** The table's (one subscription to the router for all rows, not one per row's link and menu). */
  navigate: NavigateFunction;
  /** The table's messages and formatters (one subscription to the language, not four per row). */
  text: RowText;
}

/**
 * One plan in the library: name, theme and tags, type, peak, status, owners, tasks, last edit, menu.
 * Memoised: the list redraws only the rows whose plan, place or tick changed. Its cells, tick box,
 * badges and texts are plain elements drawn as Mantine draws them (planRowLook.ts): a search or a
 * visit mounts a screenful of rows at once.
 */
export const PlanRow = memo(function PlanRow({
  summary: s,
  index,
  measure,
  actions,
  navigate,
  text: { m, l, cmp, f },
  ...props
}: Props) {
  // The tick box's id, as Mantine's useId first makes it (it then swaps in a random one).
  const checkId = `mantine-${useId().replace(/:/g, '')}`;
  const tags = s.plan.tags ?? [];
  const more = s.owners.length - SHOWN_OWNERS;
  const allOwners = listIn(f.locale, s.owners);
  const typeName = m.enums.planType[s.plan.type];
  const isDisabled = !props.isPicked && !props.canPick;
  return (
    <tr
      className={row}
      data-with-row-border="true"
      data-hover="true"
      data-testid="plan-row"
      data-index={index}
      ref={measure}
      aria-rowindex={index + 2}
    >
      <td className={cell} style={{ width: rem(36) }}>
        <div
          className={checkbox.root}
          data-variant="filled"
          data-label-position="right"
          data-checked={props.isPicked || undefined}
          style={checkbox.rootStyle}
        >
          <div className={checkbox.body}>
            <div className={checkbox.inner} data-label-position="right">
              <input
                className={checkbox.input}
                data-with-error-styles="true"
                id={checkId}
                aria-label={cmp.selectPlan(s.plan.name)}
                data-testid="compare-check"
                checked={props.isPicked}
                disabled={isDisabled}
                type="checkbox"
                onChange={(e) => actions.onPick(s.plan.id, e.currentTarget.checked)}
              />
              <CheckIcon className={checkbox.icon} />
            </div>
            <div className={checkbox.labelWrapper} data-disabled={isDisabled || undefined} />
          </div>
        </div>
      </td>
      <td className={cell}>
        <a
          className={text.root}
          {...routeLink(navigate, `/plans/${s.plan.id}/overview`)}
          style={text.nameStyle}
        >
          {s.plan.name}
        </a>
        {s.plan.theme && (
          <p
            className={text.root}
            data-size="xs"
            data-line-clamp="true"
            title={s.plan.theme}
            style={text.themeStyle}
          >
            {s.plan.theme}
          </p>
        )}
        {tags.length > 0 && (
          <div className={tagGroup.root} data-testid="plan-tags" style={tagGroup.style}>
            {tags.map((t) => (
              <button
                key={t}
                className={unstyledButton}
                type="button"
                onClick={() => actions.onTag(t)}
                aria-label={l.filterByTag(t)}
              >
                <div className={badge.dotRoot} data-variant="dot" data-size="sm" style={badge.tagStyle}>
                  <span className={badge.label}>{t}</span>
                </div>
              </button>
            ))}
          </div>
        )}
      </td>
      <td className={cell}>
        <div className={badge.root} data-variant="light" title={typeName} style={badge.typeStyle}>
          <span className={badge.label} style={badge.typeLabelStyle}>
            {typeName}
          </span>
        </div>
        {s.plan.archivedAt && (
          <div className={badge.root} data-variant="outline" style={badge.archivedStyle}>
            <span className={badge.label}>{m.library.archived}</span>
          </div>
        )}
      </td>
      <td className={cell}>{f.date(s.plan.peakDate)}</td>
      <td className={cell}>{m.enums.planStatus[s.plan.status]}</td>
      <td className={cell} style={{ maxWidth: rem(180) }} data-testid="plan-owners">
        {s.isSummaryPending ? (
          <p className={text.root} data-size="sm" style={text.pendingStyle}>
            {l.summaryPending}
          </p>
        ) : (
          <>
            <p
              className={text.root}
              data-size="sm"
              data-line-clamp="true"
              title={allOwners}
              style={text.ownersStyle}
            >
              {listIn(f.locale, s.owners.slice(0, SHOWN_OWNERS))}
            </p>
            {/* On a line of its own: inside the clamped two lines, long names cut it off. */}
            {more > 0 && (
              <p className={text.root} data-size="xs" style={text.moreStyle} title={allOwners}>
                {l.moreOwners(more)}
              </p>
            )}
          </>
        )}
      </td>
      <td className={cell}>{s.isSummaryPending ? l.summaryPending : m.library.tasks(s.taskCount)}</td>
      <td className={cell} data-testid="plan-edited">
        {f.dateTime(s.plan.updatedAt)}
      </td>
      <td className={cell}>
        <PlanRowMenu
          plan={s.plan}
          navigate={navigate}
          m={m}
          onDuplicate={() => actions.onDuplicate(s)}
          onRoll={() => actions.onRoll(s)}
          onArchive={() => actions.onArchive(s)}
          onTrash={() => actions.onTrash(s)}
        />
      </td>
    </tr>
  );
});
