import { useEffect } from 'react';
import { onMenuCommand } from '../../platform';
import { useWorkspaceStore } from '../../state/workspaceStore';
import { isEditingText, undoKeyOf } from '../plan/usePlanUndoKeys';

/**
 * Undo/redo keys and the desktop menu on the library's workspace screens (team, workload), the
 * same way a plan's screens handle theirs (features/plan/usePlanUndoKeys): a text field being
 * edited keeps its own undo.
 */
export function useWorkspaceUndoKeys(): void {
  useEffect(() => {
    const step = (kind: 'undo' | 'redo') => {
      const store = useWorkspaceStore.getState();
      if (kind === 'undo') store.undo();
      else store.redo();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const kind = undoKeyOf(e);
      if (!kind || e.defaultPrevented || isEditingText(document.activeElement)) return;
      e.preventDefault();
      e.stopPropagation();
      step(kind);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    const stopMenu = onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditingText(document.activeElement)) document.execCommand(command);
      else step(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      stopMenu();
    };
  }, []);
}
