import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAppMessages } from '../i18n';

/**
 * The foot of a dialog that creates something: the error of the last try (if any), then Cancel
 * and the confirming button on the right ("Create" unless named); `start` goes on the
 * left (e.g. "from Excel").
 */
export function ModalActions({
  error,
  onCancel,
  confirmLabel,
  onConfirm,
  disabled = false,
  loading,
  testId,
  start,
}: {
  error: string | null;
  onCancel(): void;
  confirmLabel?: string;
  onConfirm(): void;
  disabled?: boolean;
  loading?: boolean;
  /** The confirming button's test id. */
  testId: string;
  start?: ReactNode;
}) {
  const m = useAppMessages();
  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {start}
        <Button variant="default" onClick={onCancel}>
          {m.common.cancel}
        </Button>
        <Button disabled={disabled} loading={loading} onClick={onConfirm} data-testid={testId}>
          {confirmLabel ?? m.common.create}
        </Button>
      </Group>
    </>
  );
}
