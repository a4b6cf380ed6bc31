import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { confirmDestructive } from '../../components/confirm';
import { useAppMessages, useFormat } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';
import { ScreenTitle } from '../../components/ScreenTitle';

const TRASH_DAYS = 30;

export function TrashScreen() {
  const m = useAppMessages();
  const f = useFormat();
  const { plans, refresh, restoreFromTrash, deleteForever } = useLibraryStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const trashed = plans.filter((s) => s.plan.deletedAt !== null);
  const [now] = useState(() => Date.now());

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))">
      <Stack p="lg" maw={1100} mx="auto">
        <ScreenTitle title={m.trash.title} intro={m.trash.subtitle} />
        {trashed.length === 0 ? (
          <EmptyState icon={<IconTrash />} body={m.trash.empty} />
        ) : (
          <Table verticalSpacing="sm" data-testid="trash-list">
            <Table.Tbody>
              {trashed.map(({ plan }) => {
                const deleted = new Date(plan.deletedAt ?? now);
                const left = Math.max(0, TRASH_DAYS - Math.floor((now - deleted.getTime()) / 86_400_000));
                return (
                  <Table.Tr key={plan.id}>
                    <Table.Td>
                      <Text fw={600}>{plan.name}</Text>
                      <Text size="xs" c="dimmed">
                        {m.trash.deletedAt} {deleted.toLocaleString(f.locale)} · {m.trash.daysLeft(left)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button size="xs" variant="light" onClick={() => void restoreFromTrash(plan.id)}>
                          {m.trash.restore}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="subtle"
                          onClick={async () => {
                            const ok = await confirmDestructive({
                              title: m.trash.deleteForever,
                              body: m.trash.deleteForeverConfirm(plan.name),
                              confirmLabel: m.trash.deleteForever,
                              cancelLabel: m.common.cancel,
                            });
                            if (ok) await deleteForever(plan.id);
                          }}
                        >
                          {m.trash.deleteForever}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </ScrollArea>
  );
}
