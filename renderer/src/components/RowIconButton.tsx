import { ActionIcon, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The small borderless icon button at the end of a table row (follow the linked cost, delete the
 * row): `label` is its accessible name, `title` the hover hint where the row has one.
 */
export function RowIconButton({
  label,
  icon,
  onClick,
  color,
  title,
  disabled,
}: {
  label: string;
  icon: ReactNode;
  onClick(): void;
  color?: MantineColor;
  title?: string;
  disabled?: boolean;
}) {
  return (
    <ActionIcon
      size="sm"
      variant="subtle"
      color={color}
      aria-label={label}
      title={title}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
    </ActionIcon>
  );
}
