import { Badge, Checkbox, Group, rem, Table, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { useAppMessages, useFormat, useMessages } from '../../i18n';
import type { PlanSummary } from '../../state/libraryStore';
import { compareMessages } from '../compare/messages';
import { libraryMessages } from './libraryMessages';
import type { LibraryTableActions } from './LibraryTable';
import { PlanRowMenu } from './PlanRowMenu';

const SHOWN_OWNERS = 3;
/**
 * A cell as Mantine's Table.Td draws it in this table (its class; no column borders): written
 * plainly, as each Table.Td resolved its props, context and styles at every mount — nine per row,
 * a third of a row's cost, for the same element.
 */
const cell = `${Table.classes.td} mantine-Table-td`;

interface Props {
  /** Its place in the list (the table is windowed: LibraryTable). */
  index: number;
  /** Measures the row's height once it is in the DOM. */
  measure(el: HTMLTableRowElement | null): void;
  summary: PlanSummary;
  isPicked: boolean;
  canPick: boolean;
  actions: LibraryTableActions;
}

/**
 * One plan in the library: name, theme and tags, type, peak, status, owners, tasks, last edit, menu.
 * Memoised: the list redraws only the rows whose plan, place or tick changed.
 */
export const PlanRow = memo(function PlanRow({ summary: s, index, measure, actions, ...props }: Props) {
  const m = useAppMessages();
  const l = useMessages(libraryMessages);
  const cmp = useMessages(compareMessages);
  const f = useFormat();
  const tags = s.plan.tags ?? [];
  const more = s.owners.length - SHOWN_OWNERS;
  return (
    <Table.Tr data-testid="plan-row" data-index={index} ref={measure} aria-rowindex={index + 2}>
      <td className={cell} style={{ width: rem(36) }}>
        <Checkbox
          aria-label={cmp.selectPlan(s.plan.name)}
          checked={props.isPicked}
          disabled={!props.isPicked && !props.canPick}
          onChange={(e) => actions.onPick(s.plan.id, e.currentTarget.checked)}
          data-testid="compare-check"
        />
      </td>
      <td className={cell}>
        <Text
          component={Link}
          to={`/plans/${s.plan.id}/overview`}
          fw={600}
          c="inherit"
          style={{ textDecoration: 'none' }}
        >
          {s.plan.name}
        </Text>
        {s.plan.theme && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {s.plan.theme}
          </Text>
        )}
        {tags.length > 0 && (
          <Group gap={4} mt={4} data-testid="plan-tags">
            {tags.map((t) => (
              <UnstyledButton key={t} onClick={() => actions.onTag(t)} aria-label={l.filterByTag(t)}>
                <Badge
                  size="sm"
                  variant="dot"
                  color="teal"
                  style={{ cursor: 'pointer', textTransform: 'none' }}
                >
                  {t}
                </Badge>
              </UnstyledButton>
            ))}
          </Group>
        )}
      </td>
      <td className={cell}>
        <Badge variant="light" title={m.enums.planType[s.plan.type]}>
          {m.enums.planType[s.plan.type]}
        </Badge>
        {s.plan.archivedAt && (
          <Badge variant="outline" color="gray" ml={4}>
            {m.library.archived}
          </Badge>
        )}
      </td>
      <td className={cell}>{f.date(s.plan.peakDate)}</td>
      <td className={cell}>{m.enums.planStatus[s.plan.status]}</td>
      <td className={cell} style={{ maxWidth: rem(180) }} data-testid="plan-owners">
        {s.isSummaryPending ? (
          <Text size="sm" c="dimmed">
            {l.summaryPending}
          </Text>
        ) : (
          <Text size="sm" lineClamp={2} title={s.owners.join('、')}>
            {s.owners.slice(0, SHOWN_OWNERS).join('、')}
            {more > 0 && ` ${l.moreOwners(more)}`}
          </Text>
        )}
      </td>
      <td className={cell}>{s.isSummaryPending ? l.summaryPending : m.library.tasks(s.taskCount)}</td>
      <td className={cell}>{new Date(s.plan.updatedAt).toLocaleString(f.locale)}</td>
      <td className={cell}>
        <PlanRowMenu
          plan={s.plan}
          onDuplicate={() => actions.onDuplicate(s)}
          onRoll={() => actions.onRoll(s)}
          onArchive={() => actions.onArchive(s)}
          onTrash={() => actions.onTrash(s)}
        />
      </td>
    </Table.Tr>
  );
});
