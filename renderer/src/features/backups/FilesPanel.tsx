import { Button, Divider, Group, Select, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport, IconRestore, IconShare } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { PlanId } from '../../../../shared/domain';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
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

interface FileAction {
  testId: string;
  label: string;
  icon: ReactNode;
  isDisabled?: boolean;
  /** The panel's main action, a filled button; the others are plain. */
  isPrimary?: boolean;
  work(): Promise<FileResult | boolean>;
}

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

  const buttons = (actions: readonly FileAction[]) => (
    <Group gap="xs">
      {actions.map((a) => (
        <Button
          key={a.testId}
          size="xs"
          variant={a.isPrimary ? 'filled' : 'default'}
          leftSection={a.icon}
          disabled={a.isDisabled}
          onClick={() => void run(a.work)}
          data-testid={a.testId}
        >
          {a.label}
        </Button>
      ))}
    </Group>
  );

  return (
    <SectionCardWithAction title={m.filesTitle} order={2} gap="sm">
      <Text size="xs" c="dimmed">
        {m.exportAllHint}
      </Text>
      {buttons([
        {
          testId: 'export-all',
          label: m.exportAll,
          icon: <IconDownload size={14} />,
          isPrimary: true,
          work: exportAllData,
        },
        {
          testId: 'restore-from-file',
          label: m.restoreFromFile,
          icon: <IconRestore size={14} />,
          work: () => restoreFromFile(confirmReplace),
        },
      ])}
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
      {buttons([
        {
          testId: 'save-share-file',
          label: m.saveShareFile,
          icon: <IconShare size={14} />,
          isDisabled: !planId,
          work: async () => (planId ? exportShareFile(planId as PlanId) : false),
        },
        {
          testId: 'open-share-file',
          label: m.openShareFile,
          icon: <IconFileImport size={14} />,
          work: openShareFile,
        },
      ])}
    </SectionCardWithAction>
  );
}
