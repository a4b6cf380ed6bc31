import { Table, VisuallyHidden } from '@mantine/core';
import { useAppMessages } from '../i18n';

/** The header of a table's last column, the row's buttons: named for screen readers, blank on screen. */
export function ActionsColumnHeader({ w }: { w?: number }) {
  const { common } = useAppMessages();
  return (
    <Table.Th w={w}>
      <VisuallyHidden>{common.actions}</VisuallyHidden>
    </Table.Th>
  );
}
