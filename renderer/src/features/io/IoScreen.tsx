import { Alert, Button, Group, Input, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { todayIso, type PlanDocument } from '../../../../shared/domain';
import {
  exportBudgetWorkbook,
  exportPlanWorkbook,
  exportScheduleWorkbook,
  MAX_FILE_BYTES,
  type BookImport,
  type ImportKindOption,
  type WorkbookImport,
} from '../../../../shared/xlsx';
import { ScreenFrame } from '../../components/ScreenFrame';
import { IdsTakenError } from '../../db';
import { languageOf, useLocale, useMessages } from '../../i18n';
import { openFile, saveFile } from '../../platform';
import { useLibraryStore } from '../../state/libraryStore';
import { takeBackup } from '../../state/backupStore';
import { runEdit } from '../../state/editActions';
import { usePlanDoc } from '../../state/planStore';
import type { ImportTarget } from './ImportReview';
import { ImportResults } from './ImportResults';
import { ioMessages } from './messages';
import { importActualsEdit, mergeWorkbookEdit } from './ioEdits';
import { useImportJob } from './useImportJob';
import { describeOpenError } from './workbookFiles';
import { useSettingsStore } from '../../state/settingsStore';
import { ChooseFileButton } from './ChooseFileButton';
import { ChoiceSegments } from '../../components/ChoiceSegments';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'plan';
}

export function IoScreen() {
  const m = useMessages(ioMessages);
  const locale = useLocale();
  const lang = languageOf(locale);
  const doc = usePlanDoc();
  const navigate = useNavigate();
  const addDocument = useLibraryStore((s) => s.addDocument);
  const library = useLibraryStore((s) => s.plans);
  const importJob = useImportJob();
  const { job, start, reset } = importJob;
  const [kind, setKind] = useState<ImportKindOption>('auto');
  const [target, setTarget] = useState<ImportTarget>('new');
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);

  async function doExport(which: 'budget' | 'schedule' | 'plan') {
    try {
      const options = { language: lang, exportedAt: new Date().toISOString() } as const;
      const bytes =
        which === 'budget'
          ? exportBudgetWorkbook(doc, options)
          : which === 'schedule'
            ? exportScheduleWorkbook(doc, options)
            : exportPlanWorkbook(doc, options);
      const label =
        which === 'budget' ? m.exportBudget : which === 'schedule' ? m.exportSchedule : m.exportPlan;
      const name = `${safeFileName(doc.plan.name)} - ${label.replace(/[（(].*$/, '').trim()}.xlsx`;
      if (await saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }], XLSX_MIME))
        setNotice({ color: 'teal', text: m.exported(name) });
    } catch (error) {
      setNotice({
        color: 'red',
        text: m.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    }
  }

  async function chooseFile() {
    setNotice(null);
    try {
      const file = await openFile(
        // .txt: Excel's "Unicode text" (UTF-16, tab-separated).
        [{ name: 'Excel / CSV', extensions: ['xlsx', 'xls', 'csv', 'txt'] }],
        MAX_FILE_BYTES,
      );
      if (!file) return;
      start(file.data, kind, {
        fileName: file.name,
        plan: target === 'merge' || kind === 'actuals' ? doc : null,
        today: todayIso(),
        now: new Date().toISOString(),
      });
    } catch (error) {
      setNotice({ color: 'red', text: describeOpenError(error, lang) });
    }
  }

  /** A new plan from what was read, in one transaction; on success the plan opens. */
  async function createPlan(document: PlanDocument) {
    let id: string;
    try {
      id = await addDocument(document);
    } catch (error) {
      // Nothing was written (one transaction); say why, naming the file.
      const file = job.state === 'done' || job.state === 'book' ? job.fileName : '';
      setNotice({
        color: 'red',
        text:
          error instanceof IdsTakenError
            ? m.idsTaken(file)
            : `${m.failed}: ${error instanceof Error ? error.message : String(error)}`,
      });
      reset();
      return;
    }
    reset();
    navigate(`/plans/${id}/overview`);
  }

  async function confirm(value: WorkbookImport) {
    // Every import is preceded by a backup of everything, so even a wrong merge can be undone
    // after the undo history is gone.
    await takeBackup('import');
    if (value.kind === 'actuals' && value.actuals) {
      runEdit(importActualsEdit, value.actuals);
      setNotice({ color: 'teal', text: m.done });
    } else if (target === 'merge') {
      const { pushSuccessors } = useSettingsStore.getState();
      const footnotes = value.footnotes.map((f) => f.text);
      runEdit(mergeWorkbookEdit, { imported: value.document, pushSuccessors, footnotes });
      setNotice({ color: 'teal', text: `${m.done} ${m.undoHint}` });
    } else {
      await createPlan(value.document);
      return;
    }
    reset();
  }

  /** Every sheet of a several-sheet workbook at once: one commit (one undo step), or one new plan. */
  async function confirmBook(value: BookImport) {
    await takeBackup('import');
    if (target === 'merge') {
      const { pushSuccessors } = useSettingsStore.getState();
      const footnotes = value.footnotes.map((f) => f.text);
      runEdit(mergeWorkbookEdit, { imported: value.document, pushSuccessors, footnotes });
      setNotice({ color: 'teal', text: `${m.done} ${m.undoHint}` });
      reset();
    } else await createPlan(value.document);
  }

  const running = job.state === 'running';

  return (
    <ScreenFrame title={m.title} intro={m.intro}>
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {m.exportTitle}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(
            [
              ['budget', m.exportBudget, m.exportBudgetHint],
              ['schedule', m.exportSchedule, m.exportScheduleHint],
              ['plan', m.exportPlan, m.exportPlanHint],
            ] as const
          ).map(([which, label, hint]) => (
            <Stack key={which} gap={4}>
              <Button
                leftSection={<IconDownload size={16} />}
                variant="light"
                onClick={() => void doExport(which)}
              >
                {label}
              </Button>
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {m.importTitle}
        </Title>
        <Group align="flex-end" gap="md">
          <Select
            label={m.kind}
            w={240}
            data={(['auto', 'schedule', 'budget', 'products', 'goals', 'actuals', 'plan'] as const).map(
              (k) => ({
                value: k,
                label: m.kinds[k],
              }),
            )}
            value={kind}
            allowDeselect={false}
            disabled={running}
            onChange={(v) => setKind((v as ImportKindOption) ?? 'auto')}
          />
          <Stack gap={4}>
            <Input.Label id="io-import-target">{m.target}</Input.Label>
            <ChoiceSegments<ImportTarget>
              size="sm"
              aria-labelledby="io-import-target"
              value={target}
              disabled={running || kind === 'actuals'}
              choices={['new', 'merge'] as const}
              labels={m.targets}
              onChange={setTarget}
            />
          </Stack>
          <ChooseFileButton onChoose={chooseFile} disabled={running} />
        </Group>
      </Paper>

      {notice && (
        <Alert color={notice.color} withCloseButton onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}

      <ImportResults
        importJob={importJob}
        target={target}
        current={doc}
        library={library}
        onConfirmBook={(book) => void confirmBook(book)}
        onConfirm={(value) => void confirm(value)}
        onDiscard={reset}
      />
    </ScreenFrame>
  );
}
