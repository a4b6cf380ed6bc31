import { Checkbox } from '@mantine/core';
import type { HolidayMoveRow } from '../../../../shared/planning/rollForward';
import { textColumn } from '../../components/textColumn';
import { textIn, useLocale, useMessages } from '../../i18n';
import { rollForwardMessages } from './messages';
import { RollTable } from './RollTable';

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
  const isMoved = (row: HolidayMoveRow) => moved.has(row.taskId) && row.movedStart !== null;
  return (
    <RollTable
      testId="roll-holidays"
      empty={r.holidaysNone}
      emptyTestId="roll-holidays-none"
      rows={rows}
      rowKey={(row) => row.taskId}
      rowTestId="roll-holiday-row"
      columns={[
        textColumn<HolidayMoveRow>(r.move, (row) => (
          <Checkbox
            aria-label={r.moveTask(row.title)}
            checked={isMoved(row)}
            disabled={row.movedStart === null}
            onChange={(e) => onToggle(row.taskId, e.currentTarget.checked)}
          />
        )),
        textColumn<HolidayMoveRow>(r.task, (row) => row.title),
        textColumn<HolidayMoveRow>(r.oldDates, (row) => (
          <span style={nowrap}>{r.range(row.oldStart, row.oldEnd)}</span>
        )),
        textColumn<HolidayMoveRow>(r.shiftedDates, (row) => (
          <span style={nowrap}>{r.range(row.shiftedStart, row.shiftedEnd)}</span>
        )),
        textColumn<HolidayMoveRow>(
          r.movedDates,
          (row) => (
            <span
              style={{
                fontWeight: isMoved(row) ? 600 : undefined,
                ...(row.movedStart === null ? undefined : nowrap),
              }}
            >
              {row.movedStart === null || row.movedEnd === null
                ? r.noWorkday
                : r.range(row.movedStart, row.movedEnd)}
            </span>
          ),
          { color: (row) => (isMoved(row) ? undefined : 'dimmed') },
        ),
        textColumn<HolidayMoveRow>(r.holiday, (row) => (
          <>
            {textIn(row.holiday, locale)}
            {row.isProvisional && r.provisionalMark}
          </>
        )),
      ]}
    />
  );
}
