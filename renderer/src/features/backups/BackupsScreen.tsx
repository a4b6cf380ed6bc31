import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Progress,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArchive, IconDatabase } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { EmptyState } from '../../components/EmptyState';
import { confirmDestructive } from '../../components/confirm';
import type { StoredBackup } from '../../db/backupRepo';
import { useFormat, useLanguage, useLocale, useMessages } from '../../i18n';
import {
  checkPersistence,
  deleteBackup,
  previewBackup,
  restoreBackup,
  takeBackup,
  useBackupStore,
  type FileResult,
} from '../../state/backupStore';
import { BackupList } from './BackupList';
import { BackupPreview } from './BackupPreview';
import { FilesPanel } from './FilesPanel';
import { describeProblem, formatBytes } from './describeProblem';
import { messages } from './messages';
import { ScreenTitle } from '../../components/ScreenTitle';

type Outcome =
  | FileResult
  | { kind: 'error'; message: string }
  | { kind: 'restoredBackup'; plans: number }
  | { kind: 'deleted'; takenAt: string }
  | { kind: 'undone' };

/** Stored backups to preview and restore, files to export and share, and the storage state. */
export function BackupsScreen() {
  const m = useMessages(messages);
  const locale = useLocale();
  const fmt = useFormat();
  const { backups, refresh, persistence, undoRestoreName } = useBackupStore();
  const [previewing, setPreviewing] = useState<StoredBackup | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    void refresh();
    void checkPersistence();
  }, [refresh]);

  const when = (iso: string) => fmt.dateTime(iso);

  async function restore(backup: StoredBackup) {
    setPreviewing(null);
    const parsed = await previewBackup(backup.name);
    if (!parsed.ok) {
      setOutcome({ kind: 'problem', fileName: backup.name, problem: parsed.problem });
      return;
    }
    const ok = await confirmDestructive({
      title: m.confirmRestoreTitle,
      body: m.confirmRestoreBody(parsed.file.plans.length),
      confirmLabel: m.confirmRestore,
      cancelLabel: m.cancel,
    });
    if (!ok) return;
    const result = await restoreBackup(backup.name);
    setOutcome(
      result.ok
        ? { kind: 'restoredBackup', plans: result.plans }
        : { kind: 'problem', fileName: backup.name, problem: result.problem },
    );
  }

  async function remove(backup: StoredBackup) {
    const ok = await confirmDestructive({
      title: m.confirmDeleteTitle,
      body: m.confirmDeleteBody(when(backup.takenAt)),
      confirmLabel: m.delete,
      cancelLabel: m.cancel,
    });
    if (!ok) return;
    try {
      await deleteBackup(backup.name);
      setOutcome({ kind: 'deleted', takenAt: backup.takenAt });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function undoRestore() {
    if (!undoRestoreName) return;
    const result = await restoreBackup(undoRestoreName);
    useBackupStore.setState({ undoRestoreName: null });
    setOutcome(
      result.ok
        ? { kind: 'undone' }
        : { kind: 'problem', fileName: undoRestoreName, problem: result.problem },
    );
  }

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))">
      <Stack p="lg" maw={1180} mx="auto" gap="md">
        <ScreenTitle title={m.title} intro={m.intro} />
        {outcome && <OutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />}
        {undoRestoreName && (
          <Alert color="orange" data-testid="undo-restore-bar">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{m.undoRestoreHint}</Text>
              <Button
                size="compact-sm"
                color="orange"
                onClick={() => void undoRestore()}
                data-testid="undo-restore"
              >
                {m.undoRestore}
              </Button>
            </Group>
          </Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <SectionCardWithAction
              title={m.listTitle}
              order={2}
              action={
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void takeBackup('manual')}
                  data-testid="backup-now"
                >
                  {m.backupNow}
                </Button>
              }
            >
              {backups.length === 0 ? (
                <EmptyState icon={<IconArchive />} body={m.empty} />
              ) : (
                <BackupList
                  backups={backups}
                  when={when}
                  onPreview={setPreviewing}
                  onRestore={(b) => void restore(b)}
                  onDelete={(b) => void remove(b)}
                />
              )}
            </SectionCardWithAction>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <FilesPanel onResult={setOutcome} />
              <Card withBorder padding="md" data-testid="storage-card">
                <Group gap="xs" mb={6}>
                  <IconDatabase size={16} />
                  <Title order={2} size="h5">
                    {m.storageTitle}
                  </Title>
                </Group>
                <Text size="sm" data-testid="persistence">
                  {persistence.isPersisted === null
                    ? m.persistUnknown
                    : persistence.isPersisted
                      ? m.persisted
                      : m.notPersisted}
                </Text>
                {persistence.usageBytes !== null && persistence.quotaBytes ? (
                  <Stack gap={4} mt="xs">
                    <Progress
                      value={Math.max(1, (persistence.usageBytes / persistence.quotaBytes) * 100)}
                      size="sm"
                      aria-label={m.storageTitle}
                    />
                    <Text size="xs" c="dimmed">
                      {m.usage(
                        formatBytes(persistence.usageBytes, locale),
                        formatBytes(persistence.quotaBytes, locale),
                      )}
                    </Text>
                  </Stack>
                ) : null}
              </Card>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <BackupPreview
        backup={previewing}
        when={previewing ? when(previewing.takenAt) : ''}
        onClose={() => setPreviewing(null)}
        onRestore={(b) => void restore(b)}
      />
    </ScrollArea>
  );
}

function OutcomeAlert({ outcome, onClose }: { outcome: Outcome; onClose(): void }) {
  const m = useMessages(messages);
  const fmt = useFormat();
  const language = useLanguage();
  if (outcome.kind === 'cancelled') return null;
  const isError = outcome.kind === 'problem' || outcome.kind === 'error';
  let text: string;
  let action: ReactNode = null;
  switch (outcome.kind) {
    case 'problem':
      text = describeProblem(m, language, outcome.fileName, outcome.problem);
      break;
    case 'error':
      text = m.failed(outcome.message);
      break;
    case 'restored':
    case 'restoredBackup':
      text = m.restored(outcome.plans);
      break;
    case 'undone':
      text = m.restoreUndone;
      break;
    case 'deleted':
      text = m.deleted(fmt.dateTime(outcome.takenAt));
      break;
    case 'added':
      text = outcome.isCopy ? m.addedCopy(outcome.planName) : m.added(outcome.planName);
      action = (
        <Anchor component={Link} to={`/plans/${outcome.planId}`} size="sm">
          {m.openPlan}
        </Anchor>
      );
      break;
  }
  return (
    <Alert
      color={isError ? 'red' : 'green'}
      withCloseButton
      onClose={onClose}
      role={isError ? 'alert' : 'status'}
      data-testid="backup-outcome"
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{text}</Text>
        {action}
      </Group>
    </Alert>
  );
}
