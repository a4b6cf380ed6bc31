import { modals } from '@mantine/modals';

/** Asks before anything destructive; resolves true when the planner confirms. */
export function confirmDestructive(opts: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
}): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: opts.title,
      children: opts.body,
      labels: { confirm: opts.confirmLabel, cancel: opts.cancelLabel },
      confirmProps: { color: 'red', 'data-testid': 'confirm-button' } as Record<string, string>,
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
