import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** The small red bin of a row (a lesson, an indicator, a day of actuals): its label is its tooltip and its name. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon size="sm" variant="subtle" color="red" aria-label={label} onClick={onRemove}>
        <IconTrash size={14} />
      </ActionIcon>
    </Tooltip>
  );
}
