import { useEffect, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { currencyMinorDigits, minorToDecimalString, parseMoneyInput } from '../../../../shared/budget/money';
import { useLocale } from '../../i18n';

/**
 * Table cells made of plain <input>/<select>: a virtualised table mounts a handful of rows on
 * every scroll frame, and a native control costs a fraction of a styled component to mount.
 * Each stores on blur or Enter (one undo step), Escape restores the stored value.
 */

const base: CSSProperties = {
  width: '100%',
  height: 28,
  boxSizing: 'border-box',
  border: '1px solid transparent',
  borderRadius: 4,
  background: 'transparent',
  font: 'inherit',
  fontSize: 13,
  padding: '0 6px',
  color: 'inherit',
};
const invalid: CSSProperties = {
  ...base,
  borderColor: 'var(--mantine-color-red-6)',
  background: 'var(--mantine-color-red-0)',
};
const numeric: CSSProperties = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' };

const focusOn = (e: { currentTarget: HTMLElement }) => {
  e.currentTarget.style.borderColor = 'var(--mantine-color-blue-4)';
  e.currentTarget.style.background = 'var(--mantine-color-body)';
};
const focusOff = (e: { currentTarget: HTMLElement }) => {
  e.currentTarget.style.borderColor = 'transparent';
  e.currentTarget.style.background = 'transparent';
};

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

export function TextCell({
  value,
  label,
  onCommit,
}: {
  value: string;
  label: string;
  onCommit(v: string): void;
}) {
  const { draft, setDraft } = useDraft(value);
  return (
    <input
      aria-label={label}
      style={base}
      value={draft}
      onFocus={focusOn}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        focusOff(e);
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
  onCommit,
}: {
  valueMinor: number | null;
  currency: string;
  label: string;
  allowEmpty?: boolean;
  readOnly?: boolean;
  title?: string;
  testId?: string;
  onCommit(minor: number | null): void;
}) {
  const locale = useLocale();
  const digits = currencyMinorDigits(currency);
  const shown = valueMinor === null ? '' : groupThousands(minorToDecimalString(valueMinor, digits));
  const { draft, setDraft, error, setError } = useDraft(shown);
  return (
    <input
      aria-label={label}
      aria-invalid={error !== null}
      data-testid={testId}
      title={error ?? title}
      readOnly={readOnly}
      inputMode="decimal"
      style={{
        ...(error ? invalid : base),
        ...numeric,
        color: readOnly ? 'var(--mantine-color-dimmed)' : undefined,
      }}
      value={draft}
      onFocus={(e) => !error && focusOn(e)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        if (draft.trim() === '') {
          setError(null);
          focusOff(e);
          if (allowEmpty && valueMinor !== null) onCommit(null);
          else if (!allowEmpty) setDraft(shown);
          return;
        }
        const r = parseMoneyInput(draft, currency);
        if (!r.ok) {
          setError(r.message[locale === 'zh-CN' ? 'zh' : 'en']);
          return;
        }
        setError(null);
        focusOff(e);
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
  onCommit,
}: {
  value: number | null;
  label: string;
  onCommit(v: number | null): void;
}) {
  const shown = value === null ? '' : String(value);
  const { draft, setDraft, error, setError } = useDraft(shown);
  return (
    <input
      aria-label={label}
      aria-invalid={error !== null}
      inputMode="decimal"
      style={{ ...(error ? invalid : base), ...numeric }}
      value={draft}
      onFocus={(e) => !error && focusOn(e)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        const t = draft.replace(/,/g, '').trim();
        if (t === '') {
          setError(null);
          focusOff(e);
          if (value !== null) onCommit(null);
          return;
        }
        if (!/^\d*\.?\d+$|^\d+\.$/.test(t)) {
          setError(t);
          return;
        }
        setError(null);
        focusOff(e);
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
  return (
    <select
      aria-label={label}
      style={base}
      value={value ?? ''}
      onFocus={focusOn}
      onBlur={focusOff}
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
  return (
    <input
      type="date"
      aria-label={label}
      style={base}
      value={value ?? ''}
      onFocus={focusOn}
      onBlur={focusOff}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    />
  );
}
