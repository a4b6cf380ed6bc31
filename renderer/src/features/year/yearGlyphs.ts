import type { YearCalendar } from '../../../../shared/calendar/yearRows';
import { addDays } from '../../../../shared/domain';
import { textIn, type Formatters, type Locale } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import type { yearMessages } from './messages';

type YearText = (typeof yearMessages)['zh-CN'];

/** The app's font at the two weights it ships (a weight of 600 is drawn with the 700 face). */
const REGULAR = '400 16px "Noto Sans SC"';
const BOLD = '700 16px "Noto Sans SC"';
const asked = { [REGULAR]: new Set<string>(), [BOLD]: new Set<string>() };

/**
 * Asks the browser now for the Noto Sans SC slices that `text` needs. The font comes as ~100
 * unicode-range slices per weight, and a slice is fetched only when a layout meets one of its
 * characters: the calendar's first layout met the plans' own names, drew them in a fallback font,
 * and laid the whole screen out again as each slice arrived. Asked for as soon as the text is
 * known, the slices arrive while React renders the rows, and the first layout uses them. Each
 * character is asked for once per weight; ASCII is in the slice every screen already has.
 */
function requestGlyphs(face: typeof REGULAR | typeof BOLD, text: string): void {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const seen = asked[face];
  let fresh = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || seen.has(ch)) continue;
    seen.add(ch);
    fresh += ch;
  }
  if (fresh) document.fonts.load(face, fresh).catch(() => undefined);
}

/**
 * Asks for the glyphs of everything the year calendar shows: its own words and the export
 * button's, then (once the plans are read) the campaigns' names (bold), phases, key moments, and
 * the holidays and platform days of the range. Everything set bold (600 or 700: the title, the
 * names, buttons and notices) is asked for in the bold face too; a slice arriving after the
 * first layout made the browser lay the whole page out again. Called while rendering, like
 * react-dom's `preload`: it only starts fetches, once each.
 */
export function requestYearGlyphs(
  m: YearText,
  app: AppMessages,
  f: Formatters,
  exportLabel: string,
  locale: Locale,
  calendar: YearCalendar | null,
): void {
  const own = [...Object.values(m).filter((v): v is string => typeof v === 'string'), exportLabel];
  requestGlyphs(BOLD, own.join('') + m.campaigns(0));
  requestGlyphs(
    REGULAR,
    [
      ...own,
      ...Object.values(app.enums.planType),
      ...Object.values(app.enums.planStatus),
      // The rows' dates as screen readers get them, a week of them for every weekday's name.
      ...[0, 1, 2, 3, 4, 5, 6].map((d) => f.date(addDays('2026-01-01', d))),
    ].join(''),
  );
  if (!calendar) return;
  const years = [...calendar.provisionalHolidayYears, ...calendar.uncoveredPlatformYears].join(', ');
  requestGlyphs(
    BOLD,
    calendar.rows.map((r) => r.name).join('') +
      m.provisionalHolidays(years) +
      m.uncoveredPlatformYears(years),
  );
  const regular = [
    ...calendar.rows.flatMap((r) => [...r.phases.map((p) => p.name), ...r.moments.map((mo) => mo.label)]),
    ...[...calendar.holidays, ...calendar.adjustedWorkdays, ...calendar.platformDays].map((d) =>
      textIn(d.name, locale),
    ),
  ];
  requestGlyphs(REGULAR, regular.join(''));
}
