import { Alert, Anchor, Group, Paper, ScrollArea, Select, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { todayIso } from '../../../../shared/domain';
import type { PlanDocument } from '../../../../shared/domain';
import type { ImportKindOption } from '../../../../shared/xlsx';
import { IdsTakenError } from '../../db';
import { useLanguage, useMessages } from '../../i18n';
import { takeBackup } from '../../state/backupStore';
import { useLibraryStore } from '../../state/libraryStore';
import {
  takePendingWorkbook,
  usePendingImportStore,
  type PendingWorkbook,
} from '../../state/pendingImportStore';
import { ImportResults } from './ImportResults';
import { ioMessages } from './messages';
import { newFromExcelMessages } from './newFromExcelMessages';
import { useImportJob } from './useImportJob';
import { describeOpenError, pickWorkbook } from './workbookFiles';
import { ScreenTitle } from '../../components/ScreenTitle';
import { ChooseFileButton } from './ChooseFileButton';

/** Daily figures belong to a plan that exists: they are imported from the plan's own screen. */
const kinds = ['auto', 'schedule', 'budget', 'products', 'goals', 'plan'] as const;

/**
 * "New plan from Excel", outside any plan: the workbook picked in the library or the new-plan
 * dialog, or dropped on the window, goes through the same mapping and preview as the plan's
 * import screen, and becomes a new plan only when the planner confirms.
 */
export function NewFromExcelScreen() {
  const m = useMessages(ioMessages);
  const n = useMessages(newFromExcelMessages);
  const lang = useLanguage();
  const navigate = useNavigate();
  const { plans: library, addDocument, refresh } = useLibraryStore();
  const importJob = useImportJob();
  const { job, start, reset } = importJob;
  const [kind, setKind] = useState<ImportKindOption>('auto');
  const [error, setError] = useState<string | null>(null);
  const lastFile = useRef<PendingWorkbook | null>(null);
  const pending = usePendingImportStore((s) => s.pending);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  function read(file: PendingWorkbook, as: ImportKindOption) {
    setError(null);
    lastFile.current = file;
    start(file.data, as, {
      fileName: file.name,
      plan: null,
      today: todayIso(),
      now: new Date().toISOString(),
    });
  }

  // A workbook handed over by the library, the dialog or a drop (also while this screen is open).
  useEffect(() => {
    if (!pending) return;
    const file = takePendingWorkbook();
    if (file) read(file, kind);
    // `read` and `kind` are read as they are when a workbook arrives; only its arrival matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  async function choose() {
    try {
      const file = await pickWorkbook();
      if (file) read(file, kind);
    } catch (e) {
      setError(describeOpenError(e, lang));
    }
  }

  function changeKind(next: ImportKindOption) {
    setKind(next);
    if (lastFile.current && job.state !== 'running') read(lastFile.current, next);
  }

  /** A single sheet or every sheet of a workbook: one new plan, in one transaction. */
  async function confirm(document: PlanDocument) {
    await takeBackup('import');
    try {
      const id = await addDocument(document);
      reset();
      navigate(`/plans/${id}/overview`);
    } catch (e) {
      const file = job.state === 'done' || job.state === 'book' ? job.fileName : '';
      setError(
        e instanceof IdsTakenError
          ? m.idsTaken(file)
          : `${m.failed}: ${e instanceof Error ? e.message : String(e)}`,
      );
      reset();
    }
  }

  const running = job.state === 'running';

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))">
      <Stack p="lg" maw={1180} mx="auto" gap="md" data-testid="new-from-excel-screen">
        <ScreenTitle title={n.title} intro={n.intro} />
        <Paper withBorder p="md">
          <Group align="flex-end" gap="md">
            <Select
              label={m.kind}
              w={240}
              data={kinds.map((k) => ({ value: k, label: m.kinds[k] }))}
              value={kind}
              allowDeselect={false}
              disabled={running}
              onChange={(v) => changeKind((v as ImportKindOption) ?? 'auto')}
            />
            <ChooseFileButton onChoose={choose} disabled={running} />
            <Anchor component={Link} to="/" size="sm" ml="auto">
              {n.backToLibrary}
            </Anchor>
          </Group>
        </Paper>
        {error && (
          <Alert color="red" withCloseButton onClose={() => setError(null)} role="alert">
            {error}
          </Alert>
        )}
        <ImportResults
          importJob={importJob}
          target="new"
          current={null}
          library={library}
          onConfirmBook={(book) => void confirm(book.document)}
          onConfirm={(value) => void confirm(value.document)}
          onDiscard={() => {
            lastFile.current = null;
            reset();
          }}
        />
      </Stack>
    </ScrollArea>
  );
}
