import type { ComponentProps } from 'react';
import { TASK_LIMIT_MAX } from '../../../../shared/domain';
import { CommitNumberInput } from '../../components/CommitInputs';

/**
 * A task limit (docs/people.md): how many tasks at the same time before a week is an overload, a
 * whole number from 1 to TASK_LIMIT_MAX (1,000; more is refused saying so, as is a decimal); empty is null.
 */
export function TaskLimitInput({
  onCommit,
  ...rest
}: Omit<ComponentProps<typeof CommitNumberInput>, 'size' | 'min' | 'max' | 'allowDecimal'>) {
  return (
    <CommitNumberInput
      size="xs"
      min={1}
      max={TASK_LIMIT_MAX}
      allowDecimal={false}
      onCommit={onCommit}
      {...rest}
    />
  );
}
