import { Button, Card, Divider, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport, IconRestore, IconShare } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PlanId } from '../../../../shared/domain';
import { confirmDestructive } from '../../components/confirm';
import { useMessages } from '../../i18n';
import {
  exportAllData,
  exportShareFile,
  openShareFile,
  restoreFromFile,
  type FileResult,
} from '../../state/backupStore';
import { useLibraryStore } from '../../state/libraryStore';
import { messages } from './messages';

/** Export all, restore from a file, and the per-plan share file. */
export function FilesPanel({
  onResult,
}: {
  onResult(result: FileResult | { kind: 'error'; message: string }): void;
}) {
  const m = useMessages(messages);
  const { plans, refresh } = useLibraryStore();
  const [planId, setPlanId] = useState<string | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const live = plans.filter((p) => p.plan.deletedAt === null);

  async function run(work: () => Promise<FileResult | boolean>) {
    try {
      const result = await work();
      if (typeof result !== 'boolean') onResult(result);
    } catch (error) {
      onResult({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const confirmReplace = (n: number) =>
    confirmDestructive({
      title: m.confirmRestoreTitle,
      body: m.confirmRestoreBody(n),
      confirmLabel: m.confirmRestore,
      cancelLabel: m.cancel,
    });

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {m.filesTitle}
        </Title>
        <Text size="xs" c="dimmed">
          {m.exportAllHint}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconDownload size={14} />}
            onClick={() => void run(exportAllData)}
            data-testid="export-all"
          >
            {m.exportAll}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRestore size={14} />}
            onClick={() => void run(() => restoreFromFile(confirmReplace))}
            data-testid="restore-from-file"
          >
            {m.restoreFromFile}
          </Button>
        </Group>
        <Divider />
        <Title order={3} size="h6">
          {m.shareTitle}
        </Title>
        <Text size="xs" c="dimmed">
          {m.shareHint}
        </Text>
        <Select
          size="xs"
          aria-label={m.sharePlan}
          placeholder={m.sharePlan}
          data={live.map((p) => ({ value: p.plan.id, label: p.plan.name }))}
          value={planId}
          onChange={setPlanId}
          data-testid="share-plan"
        />
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconShare size={14} />}
            disabled={!planId}
            onClick={() => planId && void run(() => exportShareFile(planId as PlanId))}
            data-testid="save-share-file"
          >
            {m.saveShareFile}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileImport size={14} />}
            onClick={() => void run(openShareFile)}
            data-testid="open-share-file"
          >
            {m.openShareFile}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
