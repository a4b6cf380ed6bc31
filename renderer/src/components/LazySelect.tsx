import { Combobox, InputBase, Select, type SelectProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

type Props = Omit<SelectProps, 'data' | 'id'> & {
  /** Fixed: the stand-in and the Select are the same control to the page (and Mantine's useId
   * would otherwise draw the Select again right after it mounts). */
  id: string;
  data: { value: string; label: string }[];
};

/**
 * A Mantine Select for a screen that must show quickly (the timeline's toolbar): until the
 * planner points at it or focuses it, it is drawn as the Select's own input — the same classes,
 * size, value and chevron — without the combobox store, popover and option list behind it, which
 * were most of what the toolbar cost in the screen's first frame. Pointing at it swaps in the real
 * Select before a click can land; focusing it (Tab) swaps it in and moves the focus on to it.
 */
export function LazySelect(props: Props) {
  const { id, data, value, placeholder, size, w, clearable } = props;
  const [isReal, setReal] = useState(false);
  const focusOnSwap = useRef(false);
  useEffect(() => {
    if (!isReal || !focusOnSwap.current) return;
    focusOnSwap.current = false;
    document.getElementById(id)?.focus();
  }, [isReal, id]);
  // A clearable Select with a value shows its clear button, not the chevron: drawn for real.
  if (isReal || (clearable && value != null)) return <Select {...props} />;
  return (
    <InputBase
      id={id}
      __staticSelector="Select"
      aria-label={props['aria-label']}
      size={size}
      w={w}
      readOnly
      pointer
      value={data.find((o) => o.value === value)?.label ?? ''}
      placeholder={placeholder}
      rightSection={<Combobox.Chevron size={size} />}
      rightSectionPointerEvents="none"
      // The caller's own handlers too (useFirstUse's), in the same update as the swap: the Select
      // must mount as it will stay, or a change of its props during the click closes its list.
      onPointerEnter={(e) => {
        // At once, not at React's pace for a hover: a click right after it must land on the Select.
        flushSync(() => {
          setReal(true);
          props.onPointerEnter?.(e as never);
        });
      }}
      onFocus={(e) => {
        focusOnSwap.current = true;
        setReal(true);
        props.onFocus?.(e as never);
      }}
    />
  );
}
