import { textIn, type Locale, type LocalizedText } from '../i18n/locale';
import { addDays, diffDays, isWeekend, type IsoDate } from '../domain';

/**
 * Public holidays of the People's Republic of China and the adjusted working days (调休) that
 * come with them, 2025–2027, as data.
 *
 * Sources:
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）.
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，新华社全文）.
 * - 2027: no published State Council arrangement was available when this data was written (they
 *   come out around November of the year before). Until it is added, 2027 lists only the statutory days of 《全国年节及纪念日放假办法》 (as revised
 *   2024-11-10: 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3) and no 调休 at all,
 *   every entry marked `provisional: true`: the days off will be longer once bridged, and the
 *   working weekends are unknown, so none are invented. Lunar dates follow the Chinese calendar
 *   (GB/T 33661-2017, Beijing time): 正月初一 2027-02-06 (除夕 02-05; the new moon falls at about 23:56
 *   Beijing time on 02-06), 端午 06-09, 中秋 09-15; 清明 is the solar term on 04-05.
 * When a new arrangement is published, replace the provisional year and add the next one.
 */

export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday' | 'blackout';

export interface HolidayEntry {
  date: IsoDate;
  /** 'holiday': a day off; 'adjustedWorkday': a weekend day that is a working day (调休上班). */
  kind: 'holiday' | 'adjustedWorkday';
  name: LocalizedText;
  /** The official arrangement for this year is not published yet; see the note above. */
  provisional?: boolean;
}

const NEW_YEAR = { zh: '元旦', en: "New Year's Day" };
const SPRING = { zh: '春节', en: 'Spring Festival' };
const QINGMING = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL = { zh: '国庆节', en: 'National Day' };
const NATIONAL_MID_AUTUMN = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };

function workdayName(holiday: LocalizedText): LocalizedText {
  return { zh: `${holiday.zh}调休上班`, en: `Working day (${holiday.en} swap)` };
}

interface Arrangement {
  name: LocalizedText;
  from: IsoDate;
  to: IsoDate;
  workdays?: IsoDate[];
  provisional?: boolean;
}

const arrangements: Arrangement[] = [
  // 2025 (国办发明电〔2024〕12号)
  { name: NEW_YEAR, from: '2025-01-01', to: '2025-01-01' },
  { name: SPRING, from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
  { name: QINGMING, from: '2025-04-04', to: '2025-04-06' },
  { name: LABOUR, from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
  { name: DRAGON_BOAT, from: '2025-05-31', to: '2025-06-02' },
  { name: NATIONAL_MID_AUTUMN, from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  // 2026 (国务院办公厅 2025-11-04)
  { name: NEW_YEAR, from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
  { name: SPRING, from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
  { name: QINGMING, from: '2026-04-04', to: '2026-04-06' },
  { name: LABOUR, from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
  { name: DRAGON_BOAT, from: '2026-06-19', to: '2026-06-21' },
  { name: MID_AUTUMN, from: '2026-09-25', to: '2026-09-27' },
  { name: NATIONAL, from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  // 2027: statutory days only, arrangement not yet published (see the note at the top).
  { name: NEW_YEAR, from: '2027-01-01', to: '2027-01-01', provisional: true },
  { name: SPRING, from: '2027-02-05', to: '2027-02-08', provisional: true },
  { name: QINGMING, from: '2027-04-05', to: '2027-04-05', provisional: true },
  { name: LABOUR, from: '2027-05-01', to: '2027-05-02', provisional: true },
  { name: DRAGON_BOAT, from: '2027-06-09', to: '2027-06-09', provisional: true },
  { name: MID_AUTUMN, from: '2027-09-15', to: '2027-09-15', provisional: true },
  { name: NATIONAL, from: '2027-10-01', to: '2027-10-03', provisional: true },
];

/** Every entry, one per date, in date order. */
export const holidaysCN: readonly HolidayEntry[] = arrangements
  .flatMap((arrangement): HolidayEntry[] => {
    const extra = arrangement.provisional ? { provisional: true } : {};
    const days: HolidayEntry[] = [];
    for (let i = 0; i <= diffDays(arrangement.from, arrangement.to); i++) {
      days.push({ date: addDays(arrangement.from, i), kind: 'holiday', name: arrangement.name, ...extra });
    }
    for (const date of arrangement.workdays ?? []) {
      days.push({ date, kind: 'adjustedWorkday', name: workdayName(arrangement.name), ...extra });
    }
    return days;
  })
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The years the data covers; outside them only weekends and blackout days are known. */
export const holidayYearsCN: readonly number[] = [2025, 2026, 2027];

/**
 * Years from `start` to `end` whose official arrangement is not in the data: provisional years
 * (statutory days only, no bridging or 调休) and years past the data. The timeline says so.
 */
export function provisionalHolidayYears(start: IsoDate, end: IsoDate): number[] {
  const last = Math.max(...holidayYearsCN);
  const provisional = new Set(holidaysCN.filter((e) => e.provisional).map((e) => Number(e.date.slice(0, 4))));
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++)
    if (y > last || provisional.has(y)) years.push(y);
  return years;
}

const entryByDate = new Map<IsoDate, HolidayEntry>(holidaysCN.map((entry) => [entry.date, entry]));

export function holidayEntry(date: IsoDate): HolidayEntry | null {
  return entryByDate.get(date) ?? null;
}

/**
 * What kind of day a date is for planning. The plan's own blackout days come first (they are
 * the planner's rule for this campaign), then public holidays and 调休 working days, then weekends.
 */
export function dayKind(date: IsoDate, blackoutDays: readonly IsoDate[] = []): CalendarDayKind {
  if (blackoutDays.includes(date)) return 'blackout';
  const entry = entryByDate.get(date);
  if (entry) return entry.kind;
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** Whether people work that day (a workday or a 调休 working weekend). Blackout days are not work days. */
export function isWorkingDay(date: IsoDate, blackoutDays: readonly IsoDate[] = []): boolean {
  const kind = dayKind(date, blackoutDays);
  return kind === 'workday' || kind === 'adjustedWorkday';
}

/** The holiday's name, or "<holiday>调休上班" for an adjusted working day; null on ordinary days. */
export function holidayName(date: IsoDate, locale: Locale): string | null {
  const entry = entryByDate.get(date);
  if (!entry) return null;
  return textIn(entry.name, locale);
}

/** Entries from `start` to `end` inclusive, in date order (for shading the timeline). */
export function holidaysBetween(start: IsoDate, end: IsoDate): HolidayEntry[] {
  return holidaysCN.filter((entry) => entry.date >= start && entry.date <= end);
}
