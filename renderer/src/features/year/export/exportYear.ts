import {
  yearGeometry,
  YEAR_ROW_HEIGHT,
  YEAR_HEADER_HEIGHT,
  type YearLabels,
} from '../../../../../shared/calendar/yearLayout';
import type { YearCalendar } from '../../../../../shared/calendar/yearRows';
import { MARGIN, PAPER_PT, type Paper } from '../../timeline/export/exportLayout';
import { paintPdf, paintPng, type ExportProgress } from '../../timeline/export/exportTimeline';
import { NAME_COLUMN } from '../yearStyle';
import { paintYear, yearExportSize, yearTexts, YEAR_TITLE_HEIGHT, type YearPageText } from './paintYear';

/** The exported chart is 1,200 px wide (a year at ~3.3 px a day), whatever the window. */
const EXPORT_CHART_WIDTH = 1200;

export interface YearExportInput {
  calendar: YearCalendar;
  today: string;
  labels: YearLabels;
  text: YearPageText;
  pageLabel(i: number, n: number): string;
}

/** The whole calendar, every row, as one PNG through the timeline's PNG path. */
export async function exportYearPng(input: YearExportInput): Promise<Uint8Array> {
  const g = yearGeometry(input.calendar, EXPORT_CHART_WIDTH, input.today, input.labels);
  const rows = input.calendar.rows;
  const { width, height } = yearExportSize(g, rows.length);
  return paintPng(width + 16, height + 16, 2, (p) => paintYear(p, rows, g, 0, rows.length - 1, input.text));
}

/** The calendar fitted to the page width, rows running on over as many landscape pages as needed. */
export async function exportYearPdf(
  input: YearExportInput,
  paper: Paper,
  onProgress: (p: ExportProgress) => void,
): Promise<Uint8Array> {
  const g = yearGeometry(input.calendar, EXPORT_CHART_WIDTH, input.today, input.labels);
  const rows = input.calendar.rows;
  const [pageW, pageH] = PAPER_PT[paper];
  const s = (pageW - 2 * MARGIN) / (NAME_COLUMN + g.width);
  const usable = (pageH - 2 * MARGIN) / s - YEAR_TITLE_HEIGHT - YEAR_HEADER_HEIGHT;
  const perPage = Math.max(1, Math.floor(usable / YEAR_ROW_HEIGHT));
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const pageLabels = Array.from({ length: pages }, (_, i) =>
    pages > 1 ? input.pageLabel(i + 1, pages) : '',
  );
  return paintPdf(
    {
      title: input.text.title,
      pageSize: [pageW, pageH],
      scale: s,
      pages,
      texts: yearTexts(rows, g, input.text, pageLabels),
      drawPage: (painter, i) =>
        paintYear(painter, rows, g, i * perPage, Math.min(rows.length, (i + 1) * perPage) - 1, {
          ...input.text,
          pageLabel: pageLabels[i] ?? '',
        }),
    },
    onProgress,
  );
}
