import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { formatMinorForInput, groupThousands, parseMoneyInput } from '../../../../shared/budget/money';
import { editKeys } from '../../components/CommitInputs';
import { useDraftField, type ReadResult } from '../../components/useDraftField';
import { languageOf, useAppMessages, useLocale } from '../../i18n';
import './cells.css';

/**
 * Table cells made of plain <input>/<select>: a virtualised table mounts a handful of rows on
 * every scroll frame, and a native control costs a fraction of a styled component to mount.
 * Each stores on blur or Enter (one undo step), Escape restores the stored value. Their looks
 * live in cells.css, not inline: React sets inline styles one property at a time on every mount,
 * which was the largest single cost of a scroll frame.
 */

/**
 * A cell shown as plain text until the planner focuses it; only then does the native control
 * mount. A <select> with all its <option>s, a date input with its shadow fields, or a text input
 * with its inner editor in every visible row is most of what a scroll frame of a long table
 * costs; a button with a text label is a fraction. The button keeps keyboard access: Tab focuses
 * it and the control takes over at once (focused, same label); a click on a select or date also
 * opens its picker. Leaving the control (blur, Enter, Escape) shows the text again.
 */
function useLazyControl<T extends HTMLSelectElement | HTMLInputElement>(hasPicker = false) {
  const [editing, setEditing] = useState<'key' | 'pointer' | null>(null);
  const pointer = useRef(false);
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!editing || !el) return;
    el.focus();
    if (hasPicker && editing === 'pointer') {
      try {
        el.showPicker();
      } catch {
        // No user activation left (or no picker for this control): focused is enough.
      }
    }
  }, [editing, hasPicker]);
  const trigger = {
    onPointerDown: () => {
      pointer.current = true;
    },
    onFocus: () => {
      setEditing(pointer.current ? 'pointer' : 'key');
      pointer.current = false;
    },
  };
  return { editing: editing !== null, leave: () => setEditing(null), ref, trigger };
}

function TextButton({
  label,
  shown,
  isNumeric,
  trigger,
}: {
  label: string;
  shown: string;
  isNumeric?: boolean;
  trigger: ReturnType<typeof useLazyControl>['trigger'];
}) {
  return (
    // A div with the button role rather than a <button>: it lays out as a plain block, which
    // is measurably cheaper across a screenful of rows; it never needs Enter or Space, since
    // focusing it already swaps in the control.
    <div
      role="button"
      tabIndex={0}
      aria-label={`${label}: ${shown}`}
      title={shown}
      className={isNumeric ? 'bc-cell bc-text bc-num' : 'bc-cell bc-text'}
      {...trigger}
    >
      {shown}
    </div>
  );
}

export function TextCell({
  value,
  label,
  isLazy,
  onCommit,
}: {
  value: string;
  label: string;
  /** Plain text until focused (long virtualised tables). */
  isLazy?: boolean;
  onCommit(v: string): void;
}) {
  const field = useDraftField<string>({
    shown: value,
    read: (text) => ({ ok: true, value: text }),
    isStored: (v) => v === value,
    store: onCommit,
  });
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>();
  if (isLazy && !editing) return <TextButton label={label} shown={value} trigger={trigger} />;
  return (
    <input
      ref={ref}
      aria-label={label}
      className="bc-cell"
      value={field.draft}
      onChange={(e) => field.setDraft(e.currentTarget.value)}
      onBlur={() => {
        leave();
        field.commit();
      }}
      onKeyDown={editKeys(field)}
    />
  );
}

/**
 * The numeric cells' one control (money, quantity): the draft is read by `read`, stored on blur or
 * Enter, shown right-aligned, and plain text until focused when `isLazy`.
 */
function NumberCell<T>({
  shown,
  read,
  stored,
  onCommit,
  label,
  isLazy,
  testId,
  title,
  isErrorTitled,
  readOnly,
}: {
  shown: string;
  read(text: string): ReadResult<T>;
  stored: T;
  onCommit(value: T): void;
  label: string;
  isLazy?: boolean;
  testId?: string;
  title?: string;
  /** The refusal's message as the cell's tooltip. */
  isErrorTitled?: boolean;
  readOnly?: boolean;
}) {
  const field = useDraftField<T>({ shown, read, isStored: (v) => v === stored, store: onCommit });
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>();
  // The focused input, where a refusal's reason is written (null while not focused).
  const [focused, setFocused] = useState<HTMLInputElement | null>(null);
  if (isLazy && !editing && field.error === null)
    return <TextButton label={label} shown={shown} isNumeric trigger={trigger} />;
  const reason = isErrorTitled && focused ? field.error : null;
  return (
    <>
      <input
        ref={ref}
        aria-label={label}
        aria-invalid={field.error !== null}
        data-testid={testId}
        title={(isErrorTitled ? field.error : null) ?? title}
        readOnly={readOnly}
        inputMode="decimal"
        className="bc-cell bc-num"
        value={field.draft}
        onChange={(e) => field.setDraft(e.currentTarget.value)}
        onFocus={(e) => setFocused(e.currentTarget)}
        onBlur={() => {
          setFocused(null);
          if (field.commit()) leave();
        }}
        onKeyDown={editKeys(field)}
      />
      {reason !== null && focused && <CellReason anchor={focused} text={reason} />}
    </>
  );
}

/**
 * Why a focused cell refuses what is typed, written under it (a tooltip alone hid it behind a
 * hover). In a portal at the cell's place on screen: table rows clip what overflows them.
 */
function CellReason({ anchor, text }: { anchor: HTMLElement; text: string }) {
  const box = anchor.getBoundingClientRect();
  return createPortal(
    <div role="alert" className="bc-reason" style={{ top: box.bottom + 2, left: box.left }}>
      {text}
    </div>,
    document.body,
  );
}

/** Money typed as planners write it ("1.2万", "¥12,000"), read exactly by parseMoneyInput. */
export function MoneyCell({
  valueMinor,
  currency,
  label,
  allowEmpty,
  readOnly,
  title,
  testId,
  isLazy,
  onCommit,
}: {
  valueMinor: number | null;
  currency: string;
  label: string;
  allowEmpty?: boolean;
  readOnly?: boolean;
  title?: string;
  testId?: string;
  /** Plain text until focused (long virtualised tables). */
  isLazy?: boolean;
  onCommit(minor: number | null): void;
}) {
  const locale = useLocale();
  return (
    <NumberCell<number | null>
      shown={valueMinor === null ? '' : formatMinorForInput(valueMinor, currency)}
      read={(text) => {
        if (text.trim() === '') return allowEmpty ? { ok: true, value: null } : { ok: false, message: null };
        const r = parseMoneyInput(text, currency);
        return r.ok ? { ok: true, value: r.minor } : { ok: false, message: r.message[languageOf(locale)] };
      }}
      stored={valueMinor}
      onCommit={onCommit}
      label={label}
      isLazy={isLazy}
      testId={testId}
      title={title}
      isErrorTitled
      readOnly={readOnly}
    />
  );
}

const QUANTITY = /^\d*\.?\d+$|^\d+\.$/;
const WHOLE = /^\d+$/;

/** A non-negative quantity (may have decimals: 2.5 kg, unless `isWhole`); empty stores null. */
export function QuantityCell({
  value,
  label,
  isLazy,
  isWhole,
  onCommit,
}: {
  value: number | null;
  label: string;
  /** Plain text until focused (long virtualised tables). */
  isLazy?: boolean;
  /** Units that do not split (stock): "1.5" is refused with a reason, never rounded to 2. */
  isWhole?: boolean;
  onCommit(v: number | null): void;
}) {
  const m = useAppMessages();
  return (
    <NumberCell<number | null>
      // Grouped like the money beside it (40,000, not 40000); the commas are dropped again on commit.
      shown={value === null ? '' : groupThousands(String(value))}
      read={(text) => {
        const t = text.replace(/,/g, '').trim();
        if (t === '') return { ok: true, value: null };
        if (isWhole && !WHOLE.test(t)) return { ok: false, message: m.common.notAWholeQuantity(text.trim()) };
        return QUANTITY.test(t)
          ? { ok: true, value: Number(t) }
          : { ok: false, message: m.common.notAQuantity(text.trim()) };
      }}
      stored={value}
      onCommit={onCommit}
      label={label}
      isLazy={isLazy}
      // Why it is refused, on the marked cell: "-3" is no quantity (the header counts it unsaved).
      isErrorTitled
    />
  );
}

/** What the select and date cells' native pickers share: Escape leaves, an empty choice stores null. */
function pickerProps<T extends HTMLSelectElement | HTMLInputElement>(
  ref: RefObject<T | null>,
  label: string,
  value: string | null,
  leave: () => void,
  onChange: (v: string | null) => void,
) {
  return {
    ref,
    'aria-label': label,
    className: 'bc-cell',
    value: value ?? '',
    onBlur: leave,
    onKeyDown: (e: KeyboardEvent<T>) => e.key === 'Escape' && e.currentTarget.blur(),
    onChange: (e: ChangeEvent<T>) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value),
  };
}

export function SelectCell({
  value,
  options,
  label,
  isRequired,
  onChange,
}: {
  value: string | null;
  options: { value: string; label: string }[];
  label: string;
  /** No "—" choice: a value must be picked. */
  isRequired?: boolean;
  onChange(v: string | null): void;
}) {
  const { editing, leave, ref, trigger } = useLazyControl<HTMLSelectElement>(true);
  if (!editing) {
    const shown = options.find((o) => o.value === value)?.label ?? (isRequired ? '' : '—');
    return <TextButton label={label} shown={shown} trigger={trigger} />;
  }
  return (
    <select {...pickerProps(ref, label, value, leave, onChange)}>
      {!isRequired && <option value="">—</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function DateCell({
  value,
  label,
  onChange,
}: {
  value: string | null;
  label: string;
  onChange(v: string | null): void;
}) {
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>(true);
  if (!editing) return <TextButton label={label} shown={value ?? '—'} trigger={trigger} />;
  return <input type="date" {...pickerProps(ref, label, value, leave, onChange)} />;
}
