import { PDFDocument } from 'pdf-lib';
import type { Comparison } from '../../../../shared/compare/compare';
import { createPdfTextKit } from '../../components/pdf/cjkText';
import { createPdfPages, GREY, INK, type PdfChartImage, type PdfTable } from '../../components/pdf/pdfPages';

/** The comparison as the PDF says it: every string already in the planner's language. */
export interface ComparePdfModel {
  title: string;
  subtitle: string[];
  sections: { heading: string; table: PdfTable }[];
  chartsHeading: string;
  lessonsHeading: string;
  /** One group per plan: the plan's name and its lessons ("[kind] text"). */
  lessons: { heading: string; items: string[] }[];
  noLessons: string;
  footer: string;
}

/**
 * Campaigns side by side as a landscape A4 PDF (issue 14.4): the same rows as the screen, each
 * plan's value with its delta from the reference, the two charts as drawn on screen, and the
 * lessons. Text stays real text (CJK subset fonts), so figures copy out of the PDF.
 */
export async function buildComparePdf(
  model: ComparePdfModel,
  charts: readonly PdfChartImage[],
  comparison: Pick<Comparison, 'plans'>,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(model.title);
  pdf.setCreator('Campaign Desk');
  const kit = await createPdfTextKit(pdf);
  await kit.prepare([
    model.title,
    ...model.subtitle,
    ...model.sections.flatMap((s) => [s.heading, ...s.table.headers, ...s.table.rows.flat()]),
    model.chartsHeading,
    ...charts.map((c) => c.title),
    model.lessonsHeading,
    ...model.lessons.flatMap((l) => [l.heading, ...l.items]),
    model.noLessons,
    model.footer,
    '…•0123456789/ ',
  ]);
  const w = createPdfPages(pdf, kit, 'landscape');
  w.text(model.title, 18);
  for (const line of model.subtitle) w.text(line, 9, GREY);
  // The figure's name gets as much room as two plans' columns; values share the rest.
  const widths = [2, ...comparison.plans.map(() => 2.4)];
  for (const section of model.sections) {
    w.heading(section.heading);
    w.table(section.table, widths);
  }
  if (charts.length > 0) {
    w.heading(model.chartsHeading);
    await w.charts(charts);
  }
  w.heading(model.lessonsHeading);
  for (const group of model.lessons) {
    w.text(group.heading, 11);
    for (const item of group.items) w.text(`• ${item}`, 10, INK, 10);
    if (group.items.length === 0) w.text(model.noLessons, 10, GREY, 10);
    w.y -= 4;
  }
  w.footer(model.footer);
  return pdf.save();
}
