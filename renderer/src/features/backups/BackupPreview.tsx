import { Alert, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { summarizeDocument, type ParsedBackup } from '../../../../shared/backup/backupFile';
import { FigureTable } from '../../components/FigureTable';
import { languageOf, useLocale } from '../../i18n';
import { ModalActions } from '../../components/ModalActions';
import { useMessages } from '../../i18n';
import { previewBackup } from '../../state/backupStore';
import type { StoredBackup } from '../../db/backupRepo';
import { describeProblem } from './describeProblem';
import { messages } from './messages';

/** What a backup holds, plan by plan, before the planner decides to restore it. */
export function BackupPreview({
  backup,
  when,
  onClose,
  onRestore,
}: {
  backup: StoredBackup | null;
  when: string;
  onClose(): void;
  onRestore(backup: StoredBackup): void;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  useEffect(() => {
    setParsed(null);
    if (backup) void previewBackup(backup.name).then(setParsed);
  }, [backup]);
  const number = new Intl.NumberFormat(locale);
  return (
    <Modal opened={backup !== null} onClose={onClose} title={m.previewTitle(when)} size="lg">
      {!parsed ? (
        <Loader size="sm" />
      ) : !parsed.ok ? (
        <Alert color="red">
          {describeProblem(m, languageOf(locale), backup?.name ?? '', parsed.problem)}
        </Alert>
      ) : (
        <Stack data-testid="backup-preview">
          <Text size="sm" c="dimmed">
            {m.previewPlans(parsed.file.plans.length)}
          </Text>
          <FigureTable
            striped
            rows={parsed.file.plans.map((doc) => ({ doc, s: summarizeDocument(doc) }))}
            rowKey={({ doc }) => doc.plan.id}
            rowProps={() => ({ 'data-testid': 'preview-plan' })}
            columns={[
              {
                header: m.planName,
                cell: ({ doc, s }) => `${s.name} ${doc.plan.deletedAt ? m.trashed : ''}`,
              },
              { header: m.tasks, cell: ({ s }) => number.format(s.tasks) },
              { header: m.records, cell: ({ s }) => number.format(s.records) },
            ]}
          />
          <ModalActions
            cancelLabel={m.cancel}
            confirmLabel={m.restore}
            color="red"
            onCancel={onClose}
            onConfirm={() => backup && onRestore(backup)}
            testId="preview-restore"
          />
        </Stack>
      )}
    </Modal>
  );
}
