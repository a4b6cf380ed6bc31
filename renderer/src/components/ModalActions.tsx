import { Button, Group, type ButtonProps } from '@mantine/core';

type ConfirmProps = ButtonProps & { onClick(): void; 'data-testid'?: string };

/**
 * The footer of a dialog: Cancel, then the one action it is for, at the right. The confirm button's
 * own props (disabled, loading, a red colour for a destructive action, its test id) pass through.
 */
export function ModalActions({
  labels,
  onCancel,
  confirmProps,
}: {
  labels: { cancel: string; confirm: string };
  onCancel(): void;
  confirmProps: ConfirmProps;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {labels.cancel}
      </Button>
      <Button {...confirmProps}>{labels.confirm}</Button>
    </Group>
  );
}
