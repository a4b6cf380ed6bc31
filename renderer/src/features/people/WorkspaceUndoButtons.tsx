import { UndoRedoButtons } from '../../components/UndoRedoButtons';
import { useWorkspaceStore } from '../../state/workspaceStore';

/** Undo/Redo of the workspace (the team, the annual budget), named by the step they take back or redo. */
export function WorkspaceUndoButtons() {
  const canUndo = useWorkspaceStore((s) => s.canUndo);
  const canRedo = useWorkspaceStore((s) => s.canRedo);
  const undoLabel = useWorkspaceStore((s) => s.undoLabel);
  const redoLabel = useWorkspaceStore((s) => s.redoLabel);
  const undo = useWorkspaceStore((s) => s.undo);
  const redo = useWorkspaceStore((s) => s.redo);
  return (
    <UndoRedoButtons
      history={{ canUndo, canRedo, undoLabel, redoLabel, undo, redo }}
      undoTestId="workspace-undo"
    />
  );
}
