import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAppMessages } from '../i18n';

/**
 * The foot of a dialog: the error of the last try (if any), then Cancel and the one button the
 * dialog is for, on the right ("Create" unless named; red for a destructive one); `start` goes on
 * the left (e.g. "from Excel"). It stays at the bottom of the dialog when the dialog is taller than
 * the window (a 1280×720 screen, a long form): the action is never scrolled out of reach.
 */
export function ModalActions({
  error = null,
  onCancel,
  cancelLabel,
  confirmLabel,
  onConfirm,
  color,
  disabled = false,
  loading,
  testId,
  start,
}: {
  error?: string | null;
  onCancel(): void;
  cancelLabel?: string;
  confirmLabel?: string;
  onConfirm(): void;
  color?: 'red';
  disabled?: boolean;
  loading?: boolean;
  /** The confirming button's test id. */
  testId: string;
  start?: ReactNode;
}) {
  const m = useAppMessages();
  return (
    <div className="cd-modal-actions">
      {error && (
        <Alert color="red" mb="sm">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        {start}
        <Button variant="default" onClick={onCancel}>
          {cancelLabel ?? m.common.cancel}
        </Button>
        <Button color={color} disabled={disabled} loading={loading} onClick={onConfirm} data-testid={testId}>
          {confirmLabel ?? m.common.create}
        </Button>
      </Group>
    </div>
  );
}
