import type { PlanDocument } from '../../../../shared/domain';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { buildSpendPacing } from '../../../../shared/charts/pacing';
import type { ExportInput } from './export/exportTimeline';
import { ImageExportMenu, type PdfChoice } from './ImageExportMenu';
import { timelineMessages } from './messages';
import { buildRows } from './rows';
import { planSpan } from './useTimelineModel';

const pdfChoices: readonly PdfChoice[] = [
  { paper: 'A4', mode: 'fit' },
  { paper: 'A3', mode: 'fit' },
  { paper: 'A4', mode: 'tile' },
  { paper: 'A3', mode: 'tile' },
];

/**
 * PNG and PDF of the whole timeline — every row, every day — grouped by phase with nothing
 * collapsed. Both builds use the same drawing code (canvas for PNG, pdf-lib with embedded Noto Sans
 * SC for PDF): Electron's printToPDF/capturePage would print only the virtualised rows on screen.
 */
export function ExportMenu({ doc }: { doc: PlanDocument }) {
  const m = useMessages(timelineMessages);
  const app = useAppMessages();
  const locale = useLocale();
  const fmt = useFormat();

  const input = (): ExportInput => {
    const rows = buildRows(doc, 'phase', new Set(), {
      noGroup: m.noGroup,
      unassigned: m.unassigned,
      workstream: app.enums.workstream,
    });
    const span = planSpan(doc);
    const pacing =
      doc.budgetLines.length > 0
        ? buildSpendPacing(
            { lines: doc.budgetLines, phases: doc.phases, plan: doc.plan },
            { from: span.start, to: span.end },
          )
        : null;
    const planned = pacing?.plannedCumulativeMinor.at(-1) ?? 0;
    const actual = pacing?.actualCumulativeMinor.filter((v) => v !== null).at(-1) ?? null;
    return {
      doc,
      rows,
      span,
      locale,
      subtitle: `${fmt.date(doc.plan.startDate)} – ${fmt.date(doc.plan.endDate)} · ${m.title}`,
      pageLabel: m.page,
      pacing,
      pacingLabels: pacing
        ? {
            title: m.pacingTitle,
            planned: `${m.pacingPlanned} ${fmt.money(planned, doc.plan.currency, { wan: true })}`,
            actual:
              actual === null
                ? null
                : `${m.pacingActual} ${fmt.money(actual, doc.plan.currency, { wan: true })}`,
          }
        : null,
    };
  };

  return (
    <ImageExportMenu
      testId="timeline-export"
      fileBase={`${doc.plan.name}-${m.title}`}
      pdfChoices={pdfChoices}
      // pdf-lib and fontkit load only when a planner exports, not with the timeline.
      makePng={async () => (await import('./export/exportTimeline')).exportTimelinePng(input(), 12)}
      makePdf={async (choice, onProgress) =>
        (await import('./export/exportTimeline')).exportTimelinePdf(
          input(),
          choice.paper,
          choice.mode,
          onProgress,
        )
      }
    />
  );
}
