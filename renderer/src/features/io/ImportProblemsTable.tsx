import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ImportProblem } from '../../../../shared/xlsx';
import { useMessages } from '../../i18n';
import { ImportProblemRow } from './ImportProblemRow';
import { ioMessages } from './messages';

/** The problems of an import, each with where it is (file › sheet › cell (header)) and why. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const m = useMessages(ioMessages);
  if (problems.length === 0)
    return (
      <Group gap={6} c="teal">
        <IconCheck size={16} />
        <Text size="sm">{m.noProblems}</Text>
      </Group>
    );
  return (
    // The scrollbar shows whenever the list is longer than the box: more problems are below.
    <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
      <Table fz="sm" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110} />
            <Table.Th w={300}>{m.where}</Table.Th>
            <Table.Th>{m.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <ImportProblemRow
              key={i}
              problem={p}
              severity={
                <Badge
                  size="sm"
                  color={p.severity === 'error' ? 'red' : 'yellow'}
                  variant="light"
                  style={{ overflow: 'visible' }}
                >
                  {m.severity[p.severity]}
                </Badge>
              }
            />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
