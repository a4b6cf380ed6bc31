import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { currencyMinorDigits, minorToDecimalString, parseMoneyInput } from '../../../../shared/budget/money';
import { useLanguage } from '../../i18n';
import './cells.css';

/**
 * Table cells made of plain <input>/<select>: a virtualised table mounts a handful of rows on
 * every scroll frame, and a native control costs a fraction of a styled component to mount.
 * Each stores on blur or Enter (one undo step), Escape restores the stored value. Their looks
 * live in cells.css, not inline: React sets inline styles one property at a time on every mount,
 * which was the largest single cost of a scroll frame.
 */

function keys(e: KeyboardEvent<HTMLInputElement>, reset: () => void) {
  if (e.key === 'Enter') e.currentTarget.blur();
  if (e.key === 'Escape') {
    reset();
    e.currentTarget.blur();
  }
}

/** A draft that follows the stored value until the planner types. */
function useDraft(shown: string) {
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setError(null);
  }, [shown]);
  return { draft, setDraft, error, setError };
}

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
  const { draft, setDraft } = useDraft(value);
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>();
  if (isLazy && !editing) return <TextButton label={label} shown={value} trigger={trigger} />;
  return (
    <input
      ref={ref}
      aria-label={label}
      className="bc-cell"
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        leave();
        if (draft !== value) onCommit(draft);
      }}
      onKeyDown={(e) => keys(e, () => setDraft(value))}
    />
  );
}

function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
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
  const language = useLanguage();
  const digits = currencyMinorDigits(currency);
  const shown = valueMinor === null ? '' : groupThousands(minorToDecimalString(valueMinor, digits));
  const { draft, setDraft, error, setError } = useDraft(shown);
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>();
  if (isLazy && !editing && error === null)
    return <TextButton label={label} shown={shown} isNumeric trigger={trigger} />;
  return (
    <input
      ref={ref}
      aria-label={label}
      aria-invalid={error !== null}
      data-testid={testId}
      title={error ?? title}
      readOnly={readOnly}
      inputMode="decimal"
      className="bc-cell bc-num"
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        if (draft.trim() === '') {
          setError(null);
          leave();
          if (allowEmpty && valueMinor !== null) onCommit(null);
          else if (!allowEmpty) setDraft(shown);
          return;
        }
        const r = parseMoneyInput(draft, currency);
        if (!r.ok) {
          setError(r.message[language]);
          return;
        }
        setError(null);
        leave();
        setDraft(groupThousands(minorToDecimalString(r.minor, digits)));
        if (r.minor !== valueMinor) onCommit(r.minor);
      }}
      onKeyDown={(e) => keys(e, () => setDraft(shown))}
    />
  );
}

/** A non-negative quantity (may have decimals: 2.5 kg); empty stores null. */
export function QuantityCell({
  value,
  label,
  isLazy,
  onCommit,
}: {
  value: number | null;
  label: string;
  /** Plain text until focused (long virtualised tables). */
  isLazy?: boolean;
  onCommit(v: number | null): void;
}) {
  // Grouped like the money beside it (40,000, not 40000); the commas are dropped again on commit.
  const shown = value === null ? '' : groupThousands(String(value));
  const { draft, setDraft, error, setError } = useDraft(shown);
  const { editing, leave, ref, trigger } = useLazyControl<HTMLInputElement>();
  if (isLazy && !editing && error === null)
    return <TextButton label={label} shown={shown} isNumeric trigger={trigger} />;
  return (
    <input
      ref={ref}
      aria-label={label}
      aria-invalid={error !== null}
      inputMode="decimal"
      className="bc-cell bc-num"
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        const t = draft.replace(/,/g, '').trim();
        if (t === '') {
          setError(null);
          leave();
          if (value !== null) onCommit(null);
          return;
        }
        if (!/^\d*\.?\d+$|^\d+\.$/.test(t)) {
          setError(t);
          return;
        }
        setError(null);
        leave();
        const n = Number(t);
        if (n !== value) onCommit(n);
      }}
      onKeyDown={(e) => keys(e, () => setDraft(shown))}
    />
  );
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
    <select
      ref={ref}
      aria-label={label}
      className="bc-cell"
      value={value ?? ''}
      onBlur={leave}
      onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    >
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
  return (
    <input
      ref={ref}
      type="date"
      aria-label={label}
      className="bc-cell"
      value={value ?? ''}
      onBlur={leave}
      onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    />
  );
}
