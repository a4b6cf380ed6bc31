import { Checkbox, Table, Text } from '@mantine/core';
import type { HolidayMoveRow } from '../../../../shared/planning/rollForward';
import { textIn, useLocale, useMessages } from '../../i18n';
import { rollForwardMessages } from './messages';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The tasks the shift puts on a statutory holiday, for review before the plan is created. */
export function HolidayMovesTable({
  rows,
  moved,
  onToggle,
}: {
  rows: readonly HolidayMoveRow[];
  moved: ReadonlySet<string>;
  onToggle(taskId: string, isMoved: boolean): void;
}) {
  const r = useMessages(rollForwardMessages);
  const locale = useLocale();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="roll-holidays-none">
        {r.holidaysNone}
      </Text>
    );
  }
  return (
    <Table striped withTableBorder data-testid="roll-holidays">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{r.move}</Table.Th>
          <Table.Th>{r.task}</Table.Th>
          <Table.Th>{r.oldDates}</Table.Th>
          <Table.Th>{r.shiftedDates}</Table.Th>
          <Table.Th>{r.movedDates}</Table.Th>
          <Table.Th>{r.holiday}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const isMoved = moved.has(row.taskId) && row.movedStart !== null;
          return (
            <Table.Tr key={row.taskId} data-testid="roll-holiday-row">
              <Table.Td>
                <Checkbox
                  aria-label={r.moveTask(row.title)}
                  checked={isMoved}
                  disabled={row.movedStart === null}
                  onChange={(e) => onToggle(row.taskId, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{row.title}</Table.Td>
              <Table.Td style={nowrap}>{r.range(row.oldStart, row.oldEnd)}</Table.Td>
              <Table.Td style={nowrap}>{r.range(row.shiftedStart, row.shiftedEnd)}</Table.Td>
              <Table.Td
                fw={isMoved ? 600 : undefined}
                c={isMoved ? undefined : 'dimmed'}
                style={row.movedStart === null ? undefined : nowrap}
              >
                {row.movedStart === null || row.movedEnd === null
                  ? r.noWorkday
                  : r.range(row.movedStart, row.movedEnd)}
              </Table.Td>
              <Table.Td>
                {textIn(row.holiday, locale)}
                {row.isProvisional && r.provisionalMark}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
