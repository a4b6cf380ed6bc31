import { Group, Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table row's last cell: the row's buttons, on one line at the right edge. */
export function RowActionsCell({ gap, children }: { gap?: MantineSpacing | number; children: ReactNode }) {
  return (
    <Table.Td>
      <Group gap={gap} justify="flex-end" wrap="nowrap">
        {children}
      </Group>
    </Table.Td>
  );
}
