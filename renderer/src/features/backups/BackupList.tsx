import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { BackupKind } from '../../../../shared/backup/retention';
import type { StoredBackup } from '../../db/backupRepo';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';
import { RowActionsCell } from '../../components/RowActionsCell';
import { useLocale, useMessages } from '../../i18n';
import { formatBytes } from './describeProblem';
import { messages } from './messages';

const kindColor: Record<BackupKind, string> = { automatic: 'gray', manual: 'blue', safety: 'orange' };

/** The stored backups, newest first, with kind, why, size and the total they take on disk. */
export function BackupList({
  backups,
  when,
  onPreview,
  onRestore,
  onDelete,
}: {
  backups: readonly StoredBackup[];
  when(iso: string): string;
  onPreview(backup: StoredBackup): void;
  onRestore(backup: StoredBackup): void;
  onDelete(backup: StoredBackup): void;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const totalBytes = backups.reduce((sum, b) => sum + b.size, 0);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" data-testid="backup-total">
        {m.total(backups.length, formatBytes(totalBytes, locale))}
      </Text>
      <Table verticalSpacing={6} data-testid="backup-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.takenAt}</Table.Th>
            <Table.Th>{m.kind}</Table.Th>
            <Table.Th ta="right">{m.size}</Table.Th>
            <ActionsColumnHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.name} data-testid="backup-row" data-kind={b.kind} data-name={b.name}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(b.takenAt)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Badge variant="light" color={kindColor[b.kind]} data-testid="backup-kind">
                    {m.kinds[b.kind]}
                  </Badge>
                  {b.kind !== 'manual' && (
                    <Text size="xs" c="dimmed" data-testid="backup-reason" style={{ whiteSpace: 'nowrap' }}>
                      {m.reasons[b.reason]}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="backup-size">
                {formatBytes(b.size, locale)}
              </Table.Td>
              <RowActionsCell gap={4}>
                <Button size="compact-xs" variant="subtle" onClick={() => onPreview(b)}>
                  {m.preview}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRestore(b)}>
                  {m.restore}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  onClick={() => onDelete(b)}
                  data-testid="backup-delete"
                >
                  {m.delete}
                </Button>
              </RowActionsCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
