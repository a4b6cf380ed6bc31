import { PDFDocument } from 'pdf-lib';
import { createPdfTextKit } from '../../../components/pdf/cjkText';
import { createPdfPages, GREY, INK, type PdfChartImage } from '../../../components/pdf/pdfPages';
import type { ReportModel } from './reportModel';

/**
 * The review report as an A4 PDF built in the renderer with pdf-lib. Text is real text in
 * embedded, subset Noto Sans SC slices (components/pdf/cjkText), so Chinese copies out of the PDF
 * and the same code serves the browser build and Electron. Charts go in as the PNGs chart.js drew.
 */

function allText(
  model: ReportModel,
  charts: readonly PdfChartImage[],
  liftChart: PdfChartImage | null,
): string[] {
  return [
    model.title,
    ...model.subtitle,
    model.summaryHeading,
    model.summary,
    model.attainmentHeading,
    ...model.attainment.headers,
    ...model.attainment.rows.flat(),
    model.attainmentNote ?? '',
    model.derivedHeading,
    ...model.derived.headers,
    ...model.derived.rows.flat(),
    model.chartsHeading,
    ...charts.map((c) => c.title),
    ...(liftChart ? [liftChart.title] : []),
    model.baselinesHeading,
    ...model.baselines.flatMap((t) => [t.title, t.detail, ...t.table.headers, ...t.table.rows.flat()]),
    model.incidentsHeading,
    model.noIncidents,
    ...(model.incidents ? [...model.incidents.headers, ...model.incidents.rows.flat()] : []),
    model.scoreHeading,
    ...model.scoreLines,
    ...model.scoreTable.headers,
    ...model.scoreTable.rows.flat(),
    model.lessonsHeading,
    ...model.lessons.flatMap((l) => [l.heading, ...l.items]),
    model.footer,
    '…•0123456789/ ',
  ];
}

export async function buildReviewPdf(
  model: ReportModel,
  charts: readonly PdfChartImage[],
  /** The baselines' lift chart as drawn, under their tables; null without one. */
  liftChart: PdfChartImage | null = null,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(model.title);
  pdf.setCreator('Campaign Desk');
  const kit = await createPdfTextKit(pdf);
  await kit.prepare(allText(model, charts, liftChart));
  const w = createPdfPages(pdf, kit);

  w.text(model.title, 18);
  for (const line of model.subtitle) w.text(line, 9, GREY);

  if (model.summary.trim()) {
    w.heading(model.summaryHeading);
    w.text(model.summary, 10);
  }
  w.heading(model.attainmentHeading);
  // Seven columns on A4 portrait: a money figure ("≥ ¥2,400,000.00") stays whole on its line, the
  // long baseline headers wrap.
  w.table(model.attainment, [1.7, 1.9, 2.1, 1.9, 1.5, 1.6, 1.9]);
  if (model.attainmentNote) w.text(model.attainmentNote, 8, GREY);
  w.heading(model.derivedHeading);
  w.table(model.derived, [4, 1.5, 1.5]);

  if (charts.length > 0) {
    w.heading(model.chartsHeading);
    await w.charts(charts);
  }

  if (model.baselines.length > 0) {
    w.heading(model.baselinesHeading);
    for (const t of model.baselines) {
      w.text(t.title, 11);
      w.text(t.detail, 9, GREY);
      w.table(
        t.table,
        t.table.headers.length > 4 ? [2.2, 0.8, 1.6, 1.2, 1.2, 1.2, 1.4, 1.2, 1.2] : [3, 2, 2, 1.5],
      );
    }
    // Drawn across the report on screen: the whole width, so its axes and legend can be read.
    if (liftChart) await w.charts([liftChart], { perRow: 1 });
  }

  w.heading(model.incidentsHeading);
  if (model.incidents) w.table(model.incidents, [1.7, 0.9, 3.2, 1, 1.8, 1.8]);
  else w.text(model.noIncidents, 10, GREY);

  w.heading(model.scoreHeading);
  const [first, ...rest] = model.scoreLines;
  if (first) w.text(first, 12);
  w.table(model.scoreTable, [3, 1.2, 1.4, 1.2, 1.4]);
  for (const line of rest) w.text(line, 9, GREY);

  w.heading(model.lessonsHeading);
  for (const group of model.lessons) {
    w.text(group.heading, 11);
    for (const item of group.items) w.text(`• ${item}`, 10, INK, 10);
    if (group.items.length === 0) w.text('—', 10, GREY, 10);
    w.y -= 4;
  }

  w.footer(model.footer);
  return pdf.save();
}
