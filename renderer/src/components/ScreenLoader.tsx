import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAppMessages } from '../i18n';

/**
 * What a screen shows while its code or data is on the way: a spinner a screen reader announces.
 * Used as the fallback of every lazily loaded screen, so a click never leaves the previous screen
 * standing without a sign that the next one is coming.
 */
export function ScreenLoader(): ReactNode {
  const m = useAppMessages();
  return (
    <Center p="xl" role="status" aria-label={m.common.loading}>
      <Loader />
    </Center>
  );
}
