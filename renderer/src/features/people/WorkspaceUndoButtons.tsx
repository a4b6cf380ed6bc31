import { UndoRedoButtons } from '../../components/UndoRedoButtons';
import { useWorkspaceHistory } from '../../state/workspaceStore';

/** Undo/Redo of the workspace (the team, the annual budget), named by the step they take back or redo. */
export function WorkspaceUndoButtons() {
  return <UndoRedoButtons history={useWorkspaceHistory()} undoTestId="workspace-undo" />;
}
