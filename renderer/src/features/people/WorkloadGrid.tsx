import { Table, Text, Tooltip } from '@mantine/core';
import type { Workload } from '../../../../shared/people/workload';
import { weekHeaderYears } from '../../../../shared/people/isoWeek';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';
import { WorkloadCellButton } from './WorkloadCellButton';

/** Weeks across, people down; each cell the number of tasks a person carries that week. */
export function WorkloadGrid({ workload }: { workload: Workload }) {
  const t = useMessages(peopleMessages);
  const years = weekHeaderYears(workload.mondays);
  return (
    <Table.ScrollContainer minWidth={400} type="native">
      <Table
        withTableBorder
        withColumnBorders
        layout="fixed"
        data-testid="workload-grid"
        style={{ width: 'auto' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th
              style={{ width: 170, position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}
            >
              {t.person}
            </Table.Th>
            {workload.weeks.map((week, i) => {
              // The year of the week's Monday over the first week and wherever it changes, so W53
              // then W01 reads 2026 … 2027, not as if the grid went back to January.
              const year = (workload.mondays[i] ?? '').slice(0, 4);
              const showsYear = years[i] !== null;
              return (
                <Table.Th key={week} style={{ width: 64, textAlign: 'center', whiteSpace: 'nowrap' }}>
                  <Text
                    size="xs"
                    c="dimmed"
                    data-testid="workload-week-year"
                    style={{ visibility: showsYear ? 'visible' : 'hidden' }}
                    aria-hidden={!showsYear}
                  >
                    {year}
                  </Text>
                  <Tooltip label={t.week(week, workload.mondays[i] ?? '')}>
                    <Text span size="xs" fw={700}>
                      {week.slice(5)}
                    </Text>
                  </Tooltip>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {(workload.mondays[i] ?? '').slice(5)}
                  </Text>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workload.rows.map((row) => (
            <Table.Tr key={row.personId}>
              <Table.Th
                scope="row"
                style={{
                  position: 'sticky',
                  left: 0,
                  background: 'var(--mantine-color-body)',
                  fontWeight: 400,
                }}
              >
                <Text size="sm" fw={600} truncate="end">
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {[row.department, t.limitOf(row.limit)].filter(Boolean).join(' · ')}
                </Text>
              </Table.Th>
              {row.cells.map((cell) => (
                // A height makes the cell's box able to fill the row (height: 100% inside a cell).
                <Table.Td key={cell.week} p={0} style={{ height: 1 }}>
                  <WorkloadCellButton
                    cell={cell}
                    personId={row.personId}
                    personName={row.name}
                    limit={row.limit}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
