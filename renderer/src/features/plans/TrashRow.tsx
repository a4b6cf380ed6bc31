import { Button, Table, Text } from '@mantine/core';
import type { Plan } from '../../../../shared/domain';
import { confirmDestructive } from '../../components/confirm';
import { RowActionsCell } from '../../components/RowActionsCell';
import { useAppMessages, useFormat } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';

/** How long a plan stays in the trash before it is deleted for good. */
const TRASH_DAYS = 30;

/** A plan in the trash: when it was deleted, the days it has left, restore or delete for good. */
export function TrashRow({ plan, now }: { plan: Plan; now: number }) {
  const m = useAppMessages();
  const f = useFormat();
  const restoreFromTrash = useLibraryStore((s) => s.restoreFromTrash);
  const deleteForever = useLibraryStore((s) => s.deleteForever);
  const deleted = new Date(plan.deletedAt ?? now);
  const left = Math.max(0, TRASH_DAYS - Math.floor((now - deleted.getTime()) / 86_400_000));
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{plan.name}</Text>
        <Text size="xs" c="dimmed">
          {m.trash.deletedAt} {f.dateTime(deleted.toISOString())} · {m.trash.daysLeft(left)}
        </Text>
      </Table.Td>
      <RowActionsCell>
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
      </RowActionsCell>
    </Table.Tr>
  );
}
