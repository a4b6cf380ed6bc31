import type { YearCalendar } from '../../../../shared/calendar/yearRows';
import { todayIso } from '../../../../shared/domain';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { ImageExportMenu, type PdfChoice } from '../timeline/ImageExportMenu';
import { timelineMessages } from '../timeline/messages';
import type { YearExportInput } from './export/exportYear';
import { yearMessages } from './messages';
import { yearLabels } from './yearLabels';

const pdfChoices: readonly PdfChoice[] = [
  { paper: 'A4', mode: 'fit' },
  { paper: 'A3', mode: 'fit' },
];

/** PNG and PDF (A4/A3 landscape, fitted to the width) of every row, through the timeline's export path. */
export function YearExportMenu({ calendar, rangeText }: { calendar: YearCalendar; rangeText: string }) {
  const m = useMessages(yearMessages);
  const tl = useMessages(timelineMessages);
  const app = useAppMessages();
  const locale = useLocale();
  const f = useFormat();

  const input = (): YearExportInput => ({
    calendar,
    today: todayIso(),
    labels: yearLabels(m, locale),
    pageLabel: tl.page,
    text: {
      title: `${m.title} ${rangeText}`,
      subtitle: `${m.exportSubtitle(rangeText, calendar.rows.length)} · ${f.date(todayIso())}`,
      pageLabel: '',
      campaigns: m.campaigns(calendar.rows.length),
      holidays: m.holidays,
      platformDays: m.platformDays,
      rowDetail: (row) =>
        `${app.enums.planType[row.type]} · ${row.status === 'archived' ? m.archived : app.enums.planStatus[row.status]}`,
    },
  });

  return (
    <ImageExportMenu
      testId="year-export"
      fileBase={`${m.title}-${rangeText}`}
      pdfChoices={pdfChoices}
      makePng={async () => (await import('./export/exportYear')).exportYearPng(input())}
      makePdf={async (choice, onProgress) =>
        (await import('./export/exportYear')).exportYearPdf(input(), choice.paper, onProgress)
      }
    />
  );
}
