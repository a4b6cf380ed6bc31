import { useId } from 'react';
import { SegmentedControl, useMantineTheme } from '@mantine/core';
import { choiceControl, type ChoiceProps } from './choiceControl';
import { mantineClass } from './mantineClass';

const classes = SegmentedControl.classes;
/** Mantine's own class names, so the segments look exactly like its SegmentedControl. */
const cls = (part: keyof typeof classes) => mantineClass(classes[part], `SegmentedControl-${part}`);

interface ChoiceSegmentsProps<T extends string> extends ChoiceProps<T> {
  size?: 'xs' | 'sm';
  disabled?: boolean;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
}

/**
 * A few choices side by side, one always on (group the budget by, which period, which method,
 * the timeline's zoom): ChoiceSelect's counterpart as a segmented control.
 *
 * Mantine's SegmentedControl markup and styles, without its sliding indicator: that indicator
 * measures the labels with getBoundingClientRect after mounting (a forced layout of the whole
 * screen, the timeline's 2,000 rows included) and draws the control three more times while it
 * collects its label refs. Here the indicator (Mantine's class) sits inside the active segment,
 * sized by CSS: the same white pill, which moves at once instead of sliding. The root is marked
 * initialised so Mantine's stand-in pill (the active label's ::before) is not drawn as well.
 * Native radios sharing one name give the arrow keys, as in Mantine's.
 */
export function ChoiceSegments<T extends string>({
  value,
  choices,
  labels,
  onChange,
  size = 'xs',
  disabled = false,
  ...aria
}: ChoiceSegmentsProps<T>) {
  const theme = useMantineTheme();
  const name = useId();
  const control = choiceControl({ value, choices, labels, onChange });
  return (
    <div
      {...aria}
      role="radiogroup"
      className={cls('root')}
      data-with-items-borders
      data-initialized
      data-size={size}
      data-disabled={disabled || undefined}
      style={{
        ['--sc-shadow' as string]: 'var(--mantine-shadow-xs)',
        ['--sc-padding' as string]: `var(--sc-padding-${size})`,
        ['--sc-font-size' as string]: `var(--mantine-font-size-${size})`,
      }}
    >
      {control.data.map((item) => {
        const active = item.value === value;
        const id = `${name}-${item.value}`;
        return (
          <div key={item.value} className={cls('control')} data-active={active || undefined}>
            {active && <span className={cls('indicator')} style={{ inset: 0 }} />}
            <input
              className={cls('input')}
              type="radio"
              name={name}
              value={item.value}
              id={id}
              checked={active}
              disabled={disabled}
              onChange={() => control.onChange(item.value)}
              data-focus-ring={theme.focusRing}
            />
            <label
              className={cls('label')}
              htmlFor={id}
              data-active={(active && !disabled) || undefined}
              data-disabled={disabled || undefined}
            >
              <span className={cls('innerLabel')}>{item.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
