import { useRef, useState } from 'react';
import { Button, Loader, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMessages } from '../../i18n';
import { saveFile } from '../../platform';
import type { ExportProgress, Paper, PdfLayout } from './export/exportTimeline';
import { timelineMessages } from './messages';

export interface PdfChoice {
  paper: Paper;
  mode: PdfLayout;
}

/**
 * The export button of a chart screen (the timeline, the year calendar): PNG and the PDF papers
 * on offer, the progress on the button, one export at a time, the file saved through the one
 * save path (platform/saveFile) and a note when done or failed. What is drawn is the caller's.
 */
export function ImageExportMenu({
  testId,
  fileBase,
  pdfChoices,
  makePng,
  makePdf,
}: {
  testId: string;
  /** The file name without extension, e.g. "2026 双11-时间轴". */
  fileBase: string;
  pdfChoices: readonly PdfChoice[];
  makePng(): Promise<Uint8Array>;
  makePdf(choice: PdfChoice, onProgress: (p: ExportProgress) => void): Promise<Uint8Array>;
}) {
  const m = useMessages(timelineMessages);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  // A ref, not state: a second click in the same tick must already see the export running.
  const running = useRef(false);
  const busy = progress !== null;

  const run = async (kind: 'png' | PdfChoice) => {
    if (running.current) return;
    running.current = true;
    setProgress({ stage: 'fonts' });
    try {
      if (kind === 'png') {
        setProgress({ stage: 'page', page: 1, pages: 1 });
        const bytes = await makePng();
        await saveFile(`${fileBase}.png`, bytes, [{ name: 'PNG', extensions: ['png'] }], 'image/png');
      } else {
        const bytes = await makePdf(kind, setProgress);
        await saveFile(
          `${fileBase}-${kind.paper}.pdf`,
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
    // A fixed id: without one, Mantine's useId draws the menu again right after it mounts.
    <Menu id={testId} position="bottom-end" withinPortal disabled={busy}>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={busy ? <Loader size={12} /> : <IconDownload size={14} />}
          disabled={busy}
          aria-busy={busy}
          data-testid={testId}
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
        {pdfChoices.map((choice) => (
          <Menu.Item
            key={`${choice.paper}-${choice.mode}`}
            onClick={() => void run(choice)}
            data-testid={`export-pdf-${choice.paper}-${choice.mode}`}
          >
            {m.exportPdf} {choice.paper} · {choice.mode === 'fit' ? m.fitWidth : m.tiled}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
