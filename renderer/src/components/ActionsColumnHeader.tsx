import { Table, VisuallyHidden } from '@mantine/core';
import { useAppMessages } from '../i18n';

/** The header of a table's last column, the row's buttons: named for screen readers, blank on screen. */
export function ActionsColumnHeader() {
  const { common } = useAppMessages();
  return (
    <Table.Th>
      <VisuallyHidden>{common.actions}</VisuallyHidden>
    </Table.Th>
  );
}
