import type { ComponentProps } from 'react';
import { CommitNumberInput } from '../../components/CommitInputs';

/**
 * A task limit (docs/people.md): how many tasks at the same time before a week is an overload, a
 * whole number of at least 1 (what is typed is rounded and raised to 1); empty is null.
 */
export function TaskLimitInput({
  onCommit,
  ...rest
}: Omit<ComponentProps<typeof CommitNumberInput>, 'size' | 'min' | 'allowDecimal'>) {
  return (
    <CommitNumberInput
      size="xs"
      min={1}
      allowDecimal={false}
      onCommit={(n) => onCommit(n === null ? null : Math.max(1, Math.round(n)))}
      {...rest}
    />
  );
}
