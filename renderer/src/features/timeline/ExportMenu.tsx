import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { PlanDocument } from '../../../../shared/domain';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { saveFile } from '../../platform';
import type { Paper, PdfLayout } from './export/exportTimeline';
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
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'png' | { paper: Paper; mode: PdfLayout }) => {
    setBusy(true);
    try {
      const rows = buildRows(doc, 'phase', new Set(), {
        noGroup: m.noGroup,
        unassigned: m.unassigned,
        workstream: app.enums.workstream,
      });
      const input = {
        doc,
        rows,
        span: planSpan(doc),
        locale,
        subtitle: `${fmt.date(doc.plan.startDate)} – ${fmt.date(doc.plan.endDate)} · ${m.title}`,
        pageLabel: m.page,
      };
      // pdf-lib and fontkit load only when a planner exports, not with the timeline.
      const { exportTimelinePdf, exportTimelinePng } = await import('./export/exportTimeline');
      const base = `${doc.plan.name}-${m.title}`;
      if (kind === 'png') {
        const bytes = await exportTimelinePng(input, 12);
        await saveFile(`${base}.png`, bytes, [{ name: 'PNG', extensions: ['png'] }], 'image/png');
      } else {
        const bytes = await exportTimelinePdf(input, kind.paper, kind.mode);
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
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          loading={busy}
          data-testid="timeline-export"
        >
          {m.export}
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
