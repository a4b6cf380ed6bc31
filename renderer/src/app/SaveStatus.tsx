import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCloudUpload, IconAlertTriangle } from '@tabler/icons-react';
import { useAppMessages } from '../i18n';
import { useDraftStore } from '../state/draftStore';
import { usePlanStore } from '../state/planStore';
import { useWorkspaceStore } from '../state/workspaceStore';

/** The header is full at 1280 px in English: the badge keeps its width, the menu gives way. */
const NO_SHRINK = { flexShrink: 0 } as const;

/**
 * Whether everything typed is stored: "Saving…" while a field's draft or a save is pending,
 * "Saved" only when both are done, "N unsaved" while a field holds text it refused, and a retry
 * when a save failed.
 */
export function SaveStatus() {
  const m = useAppMessages();
  const planSave = usePlanStore((s) => s.save);
  const workspaceSave = useWorkspaceStore((s) => s.save);
  // The plan's and the workspace's edits: "Saved" only when both are stored; a failure shows first.
  const save = planSave.kind === 'failed' || workspaceSave.kind === 'saved' ? planSave : workspaceSave;
  const retry = () => {
    usePlanStore.getState().retrySave();
    useWorkspaceStore.getState().retrySave();
  };
  // Typed but not stored yet (a field's draft waits half a second) is not "saved".
  const hasDrafts = useDraftStore((s) => s.pendingCount > 0);
  // Typed and refused (marked in its field): not saved, and it will not be until corrected.
  const refusedCount = useDraftStore((s) => s.refusedCount);
  if (save.kind !== 'failed') {
    const [color, Icon, label] =
      refusedCount > 0
        ? (['orange', IconAlertTriangle, m.common.inputRefused(refusedCount)] as const)
        : save.kind === 'saved' && !hasDrafts
          ? (['green', IconCheck, m.common.saved] as const)
          : (['blue', IconCloudUpload, m.common.saving] as const);
    const badge = (
      <Badge
        variant="light"
        color={color}
        leftSection={<Icon size={12} />}
        data-testid="save-status"
        style={NO_SHRINK}
      >
        {label}
      </Badge>
    );
    if (refusedCount === 0) return badge;
    return (
      <Tooltip label={m.common.inputRefusedHint} multiline w={320}>
        {badge}
      </Tooltip>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" role="alert" style={NO_SHRINK}>
      <Tooltip
        label={save.isQuota ? m.common.saveFailedQuota : m.common.saveFailedOther(save.message)}
        multiline
        w={320}
      >
        <Badge
          color="red"
          leftSection={<IconAlertTriangle size={12} />}
          data-testid="save-status"
          style={NO_SHRINK}
        >
          {m.common.saveFailed}
        </Badge>
      </Tooltip>
      <Button size="compact-xs" color="red" onClick={retry}>
        {m.common.retry}
      </Button>
    </Group>
  );
}
