import { useRef, useState } from 'react';
import { Button, Loader, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { PlanDocument } from '../../../../shared/domain';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { saveFile } from '../../platform';
import { buildSpendPacing } from '../../../../shared/charts/pacing';
import type { ExportProgress, Paper, PdfLayout } from './export/exportTimeline';
import { timelineMessages } from './messages';
import { buildRows } from './rows';
import { planSpan } from './useTimelineModel';

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
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  // A ref, not state: a second click in the same tick must already see the export running.
  const running = useRef(false);
  const busy = progress !== null;

  const run = async (kind: 'png' | { paper: Paper; mode: PdfLayout }) => {
    if (running.current) return;
    running.current = true;
    setProgress({ stage: 'fonts' });
    try {
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
      const input = {
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
      // pdf-lib and fontkit load only when a planner exports, not with the timeline.
      const { exportTimelinePdf, exportTimelinePng } = await import('./export/exportTimeline');
      const base = `${doc.plan.name}-${m.title}`;
      if (kind === 'png') {
        setProgress({ stage: 'page', page: 1, pages: 1 });
        const bytes = await exportTimelinePng(input, 12);
        await saveFile(`${base}.png`, bytes, [{ name: 'PNG', extensions: ['png'] }], 'image/png');
      } else {
        const bytes = await exportTimelinePdf(input, kind.paper, kind.mode, setProgress);
        await saveFile(
          `${base}-${kind.paper}.pdf`,
          bytes,
          [{ name: 'PDF', extensions: ['pdf'] }],
          'application/pdf',
        );
      }
      notifications.show({ color: 'green', message: m.exportDone });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: m.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      running.current = false;
      setProgress(null);
    }
  };

  const label = !progress
    ? m.export
    : progress.stage === 'fonts'
      ? m.exportFonts
      : progress.stage === 'page'
        ? m.exportPage(progress.page, progress.pages)
        : m.exportSaving;

  return (
    <Menu position="bottom-end" withinPortal disabled={busy}>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={busy ? <Loader size={12} /> : <IconDownload size={14} />}
          disabled={busy}
          aria-busy={busy}
          data-testid="timeline-export"
          data-progress={progress?.stage ?? ''}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('png')} data-testid="export-png">
          {m.exportPng}
        </Menu.Item>
        <Menu.Divider />
        {(['A4', 'A3'] as const).map((paper) => (
          <Menu.Item
            key={`${paper}-fit`}
            onClick={() => void run({ paper, mode: 'fit' })}
            data-testid={`export-pdf-${paper}-fit`}
          >
            {m.exportPdf} {paper} · {m.fitWidth}
          </Menu.Item>
        ))}
        {(['A4', 'A3'] as const).map((paper) => (
          <Menu.Item
            key={`${paper}-tile`}
            onClick={() => void run({ paper, mode: 'tile' })}
            data-testid={`export-pdf-${paper}-tile`}
          >
            {m.exportPdf} {paper} · {m.tiled}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
