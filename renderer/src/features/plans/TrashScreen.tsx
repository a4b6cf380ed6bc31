import { ScrollArea, Stack, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useAppMessages } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';
import { ScreenTitle } from '../../components/ScreenTitle';
import { TrashRow } from './TrashRow';

export function TrashScreen() {
  const m = useAppMessages();
  const plans = useLibraryStore((s) => s.plans);
  useEffect(() => void useLibraryStore.getState().refresh(), []);
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
              {trashed.map(({ plan }) => (
                <TrashRow key={plan.id} plan={plan} now={now} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </ScrollArea>
  );
}
