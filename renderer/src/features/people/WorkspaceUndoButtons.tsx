import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useAppMessages } from '../../i18n';
import { useWorkspaceStore } from '../../state/workspaceStore';

/** Undo/Redo of the workspace (the team), named by the step they take back or redo. */
export function WorkspaceUndoButtons() {
  const m = useAppMessages();
  const canUndo = useWorkspaceStore((s) => s.canUndo);
  const canRedo = useWorkspaceStore((s) => s.canRedo);
  const undoLabel = useWorkspaceStore((s) => s.undoLabel);
  const redoLabel = useWorkspaceStore((s) => s.redoLabel);
  const undo = useWorkspaceStore((s) => s.undo);
  const redo = useWorkspaceStore((s) => s.redo);
  return (
    <>
      <Tooltip label={undoLabel ? m.common.undoWhat(undoLabel) : m.common.nothingToUndo}>
        <ActionIcon
          variant="default"
          aria-label={m.common.undo}
          disabled={!canUndo}
          onClick={undo}
          data-testid="workspace-undo"
        >
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={redoLabel ? m.common.redoWhat(redoLabel) : m.common.redo}>
        <ActionIcon variant="default" aria-label={m.common.redo} disabled={!canRedo} onClick={redo}>
          <IconArrowForwardUp size={18} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
