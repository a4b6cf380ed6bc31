import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCloudUpload, IconAlertTriangle } from '@tabler/icons-react';
import { useAppMessages } from '../i18n';
import { useDraftStore } from '../state/draftStore';
import { usePlanStore } from '../state/planStore';
import { useWorkspaceStore } from '../state/workspaceStore';

/**
 * Whether everything typed is stored: "Saving…" while a field's draft or a save is pending,
 * "Saved" only when both are done, "N entries not saved" while a field holds text it refused,
 * and a retry when a save failed.
 */
/** The header is full at 1280 px in English: the badge keeps its width, the menu gives way. */
const NO_SHRINK = { flexShrink: 0 } as const;

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
  if (refusedCount > 0 && save.kind !== 'failed') {
    return (
      <Tooltip label={m.common.inputRefusedHint} multiline w={320}>
        <Badge
          variant="light"
          color="orange"
          leftSection={<IconAlertTriangle size={12} />}
          data-testid="save-status"
          style={NO_SHRINK}
        >
          {m.common.inputRefused(refusedCount)}
        </Badge>
      </Tooltip>
    );
  }
  if (save.kind === 'saved' && !hasDrafts) {
    return (
      <Badge
        variant="light"
        color="green"
        leftSection={<IconCheck size={12} />}
        data-testid="save-status"
        style={NO_SHRINK}
      >
        {m.common.saved}
      </Badge>
    );
  }
  if (save.kind !== 'failed') {
    return (
      <Badge
        variant="light"
        color="blue"
        leftSection={<IconCloudUpload size={12} />}
        data-testid="save-status"
        style={NO_SHRINK}
      >
        {m.common.saving}
      </Badge>
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
