import { addDays, isValidIsoDate, type HourKey, type IsoDate } from '../domain';
import { isDateCell, serialToDate, type CellValue } from '../xlsx/read/grid';

/**
 * Hours as back offices write them: "00:00-01:00", "0点", "00", "10时", "2026-11-11 10:00",
 * "2026/11/11 10:00:00", or an Excel time / date-time. Returns the hour of day and the date when
 * the cell carries one.
 */
export type ParsedHour = { ok: true; hour: number; date: IsoDate | null; minute: number } | { ok: false };

const pad = (n: number): string => String(n).padStart(2, '0');

export function hourKey(date: IsoDate, hour: number): HourKey {
  return `${date}T${pad(hour)}:00`;
}

export function dateOfHour(key: HourKey): IsoDate {
  return key.slice(0, 10);
}

export function hourOfDay(key: HourKey): number {
  return Number(key.slice(11, 13));
}

/** The hour after `key` (crossing midnight). */
export function nextHour(key: HourKey): HourKey {
  const h = hourOfDay(key);
  return h === 23 ? hourKey(addDays(dateOfHour(key), 1), 0) : hourKey(dateOfHour(key), h + 1);
}

const DATE_PART = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME_PART = /^(\d{1,2})\s*(?:[:：]\s*(\d{2}))?(?:[:：]\d{2})?\s*(?:点|时|h)?\s*(?:(\d{1,2})\s*分?)?/i;
const RANGE_REST = /^\s*(?:[-~～—–至到]\s*\d{1,2}(?:[:：]\d{2})?(?:[:：]\d{2})?\s*(?:点|时|h)?)?\s*$/i;

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export function parseHourText(raw: string): ParsedHour {
  let s = toHalfWidth(raw).trim();
  let date: IsoDate | null = null;
  const d = DATE_PART.exec(s);
  if (d) {
    const iso = `${d[1]}-${pad(Number(d[2]))}-${pad(Number(d[3]))}`;
    if (!isValidIsoDate(iso)) return { ok: false };
    date = iso;
    s = s.slice(d[0].length).trim().replace(/^T/i, '');
    if (s === '') return { ok: false }; // a date alone says no hour
  }
  const t = TIME_PART.exec(s);
  if (!t || t[0].trim() === '') return { ok: false };
  const hour = Number(t[1]);
  const minute = Number(t[2] ?? t[3] ?? 0);
  if (hour > 23 || minute > 59) return { ok: false };
  if (!RANGE_REST.test(s.slice(t[0].length))) return { ok: false };
  return { ok: true, hour, date, minute };
}

export function parseHourCell(value: CellValue): ParsedHour | null {
  if (value === null) return null;
  if (isDateCell(value)) {
    // A time-only cell (serial below 1) comes back on Excel's day zero, 1899-12-30: no date.
    const date = value.date < '1900-01-01' ? null : value.date;
    if (!value.time) return { ok: true, hour: 0, date, minute: 0 };
    const [hh, mm] = value.time.split(':').map(Number);
    return { ok: true, hour: hh ?? 0, date, minute: mm ?? 0 };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= 23)
      return { ok: true, hour: value, date: null, minute: 0 };
    // An Excel time of day (0.4166… = 10:00), or a date-time serial.
    if (value >= 0 && value < 1) {
      const minutes = Math.round(value * 24 * 60);
      if (minutes >= 24 * 60) return { ok: false };
      return { ok: true, hour: Math.floor(minutes / 60), date: null, minute: minutes % 60 };
    }
    if (value > 1 && value < 2_958_466) {
      const { date, time } = serialToDate(value);
      const [hh, mm] = (time ?? '00:00').split(':').map(Number);
      return { ok: true, hour: hh ?? 0, date, minute: mm ?? 0 };
    }
    return { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  if (value.trim() === '') return null;
  return parseHourText(value);
}

/** A date written in a sheet's title or a file name ("2026-11-11 分时数据", "hourly_20261111.csv"). */
export function dateInText(text: string): IsoDate | null {
  const m = /(\d{4})[-/.年_]?(\d{1,2})[-/.月_]?(\d{1,2})/.exec(toHalfWidth(text));
  if (!m) return null;
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isValidIsoDate(iso) ? iso : null;
}
