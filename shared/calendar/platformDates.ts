import type { LocalizedText } from '../i18n/locale';
import { addDays, type IsoDate } from '../domain';
import { blackFridayOf, suggestPeakDate } from '../templates/peakDates';

/**
 * The platforms' fixed shopping days (大促节点), 2025–2027, as data for the year calendar.
 *
 * What each entry is, and how sure it is:
 * - 38 女王节/女神节 (03-08), 618 (06-18), 双11 (11-11) and 双12 (12-12) are named after their day: the
 *   day is the platforms' peak by definition (618 is 京东's anniversary, 双11 天猫's, both run by
 *   天猫, 京东 and 抖音 alike; 双12 by 淘宝/天猫 and 京东). The campaign windows around them (预售,
 *   尾款, 返场) are announced by each platform every year and are not in this data: the planner's own
 *   plan holds them.
 * - 黑五/网一 (Black Friday, Cyber Monday) follow their rule: the day after the fourth Thursday of
 *   November, and the Monday after it (Amazon, Shopify, TikTok Shop).
 * - 年货节 has no fixed day: it peaks before 春节 so goods arrive before couriers stop. The entry is
 *   the same estimate the new-plan dialog pre-fills (three weeks before 春节, templates/peakDates)
 *   and is always `provisional`: the platforms announce their dates each winter.
 * - 2027: nothing for 2027 was announced when this data was written, so every 2027 entry is
 *   `provisional` as well (the holiday data's 2027 is provisional for the same reason).
 * Add the next year when its holiday arrangement is added (holidaysCN.ts).
 */
export interface PlatformDay {
  /** Stable key: `<event>-<year>`, e.g. `double11-2026`. */
  id: string;
  date: IsoDate;
  name: LocalizedText;
  /** Platform keys as in `knownPlatforms` (tmall, jd, douyin …). */
  platforms: readonly string[];
  /** Not announced (or an estimate): shown as 暂定 / provisional. */
  provisional: boolean;
}

/** The years the data covers; outside them no platform day is shown and the screen says so. */
export const platformDayYears: readonly number[] = [2025, 2026, 2027];
const announcedYears = new Set([2025, 2026]);

const CN_BIG_THREE = ['tmall', 'jd', 'douyin'] as const;

interface Rule {
  key: string;
  name: LocalizedText;
  platforms: readonly string[];
  dateIn(year: number): IsoDate | null;
  /** Always an estimate, whatever the year. */
  isEstimate?: boolean;
}

const rules: Rule[] = [
  {
    key: 'newYear',
    name: { zh: '年货节', en: 'New Year shopping festival' },
    platforms: CN_BIG_THREE,
    dateIn: (year) => suggestPeakDate('newYear', year),
    isEstimate: true,
  },
  {
    key: 'women38',
    name: { zh: '38 女王节', en: "Women's Day sale (3.8)" },
    platforms: CN_BIG_THREE,
    dateIn: (year) => `${year}-03-08`,
  },
  {
    key: 'mid618',
    name: { zh: '618', en: '618' },
    platforms: CN_BIG_THREE,
    dateIn: (year) => `${year}-06-18`,
  },
  {
    key: 'double11',
    name: { zh: '双11', en: 'Double 11' },
    platforms: CN_BIG_THREE,
    dateIn: (year) => `${year}-11-11`,
  },
  {
    key: 'blackFriday',
    name: { zh: '黑五', en: 'Black Friday' },
    platforms: ['amazon', 'shopify', 'tiktokShop'],
    dateIn: (year) => blackFridayOf(year),
  },
  {
    key: 'cyberMonday',
    name: { zh: '网一', en: 'Cyber Monday' },
    platforms: ['amazon', 'shopify', 'tiktokShop'],
    dateIn: (year) => addDays(blackFridayOf(year), 3),
  },
  {
    key: 'double12',
    name: { zh: '双12', en: 'Double 12' },
    platforms: ['taobao', 'tmall', 'jd'],
    dateIn: (year) => `${year}-12-12`,
  },
];

/** Every platform day of the covered years, in date order. */
export const platformDays: readonly PlatformDay[] = platformDayYears
  .flatMap((year) =>
    rules.flatMap((rule): PlatformDay[] => {
      const date = rule.dateIn(year);
      if (date === null) return [];
      return [
        {
          id: `${rule.key}-${year}`,
          date,
          name: rule.name,
          platforms: rule.platforms,
          provisional: Boolean(rule.isEstimate) || !announcedYears.has(year),
        },
      ];
    }),
  )
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The platform days from `from` to `to` inclusive; with `platforms` given (non-empty), only the
 * days at least one of them runs.
 */
export function platformDaysBetween(
  from: IsoDate,
  to: IsoDate,
  platforms: readonly string[] = [],
): PlatformDay[] {
  return platformDays.filter(
    (d) =>
      d.date >= from &&
      d.date <= to &&
      (platforms.length === 0 || d.platforms.some((p) => platforms.includes(p))),
  );
}

/** Years from `from` to `to` the data does not cover (the screen says no platform days are known). */
export function uncoveredPlatformYears(from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    if (!platformDayYears.includes(y)) years.push(y);
  return years;
}
