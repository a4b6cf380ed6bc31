import { Alert, Button, Center, Code, Stack } from '@mantine/core';
import { useRouteError } from 'react-router-dom';
import { useAppMessages } from '../i18n';

export function RouteError() {
  const error = useRouteError();
  const m = useAppMessages();
  return (
    <Center h="100%" p="xl">
      <Stack maw={640}>
        <Alert color="red" title={m.errors.unexpected} role="alert">
          <Code block>{error instanceof Error ? error.message : String(error)}</Code>
        </Alert>
        <Button component="a" href="#/">
          {m.nav.backToLibrary}
        </Button>
      </Stack>
    </Center>
  );
}
