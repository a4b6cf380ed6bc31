import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { NewerDatabaseError } from '../db';
import { useAppMessages } from '../i18n';
import { databaseOpened, databaseState, type DatabaseState } from './databaseOpening';

/**
 * Nothing else renders until the database is open (it starts opening in databaseOpening.ts).
 * A database written by a newer version of the app is refused here, before a single write,
 * with a message the planner can act on.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const m = useAppMessages();
  const [state, setState] = useState<DatabaseState>(databaseState);
  useEffect(() => {
    void databaseOpened.then(setState);
  }, []);
  if (state.kind === 'ready') return children;
  if (state.kind === 'opening') {
    return (
      <Center h="100%">
        <Loader aria-label={m.common.loading} />
      </Center>
    );
  }
  const message =
    state.error instanceof NewerDatabaseError
      ? m.errors.newerDatabase
      : m.errors.openFailed(state.error instanceof Error ? state.error.message : String(state.error));
  return (
    <Center h="100%" p="xl">
      <Stack maw={560}>
        <Title order={2}>{m.appName}</Title>
        <Alert color="red" icon={<IconAlertTriangle />} role="alert">
          <Text>{message}</Text>
        </Alert>
      </Stack>
    </Center>
  );
}
