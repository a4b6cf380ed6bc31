import { useEffect } from 'react';
import { onMenuCommand } from '../../platform';
import { usePlanStore } from '../../state/planStore';
import { useWorkspaceStore } from '../../state/workspaceStore';

/**
 * A field whose own undo applies: a text box being edited (not a read-only one such as a
 * select's display, not a checkbox, radio, switch or button), a textarea or contenteditable.
 */
export function isEditingText(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) {
    const notText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];
    return !notText.includes(el.type) && !el.readOnly && !el.disabled;
  }
  return (el as HTMLElement).isContentEditable === true;
}

/** Which history step a key press asks for: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl+Y redo. */
export function undoKeyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** The history a screen's keys undo and redo: the open plan's, or the library's workspace's. */
interface History {
  undo(): void;
  redo(): void;
}

/**
 * The one undo/redo key handler: from anywhere on the screen — a toolbar button just clicked, a
 * select, the timeline — the keys undo and redo `history()`; inside a text field being edited, the
 * field's own undo applies (the key is left to the browser). Listens on the window in the capture
 * phase, so no component that stops a key's propagation can swallow it. The desktop menu's
 * Undo/Redo (which own the keys in Electron when the page leaves them) go the same way.
 */
function useUndoKeys(history: () => History): void {
  useEffect(() => {
    const step = (kind: 'undo' | 'redo') => {
      if (kind === 'undo') history().undo();
      else history().redo();
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
  }, [history]);
}

const planHistory = () => usePlanStore.getState();
const workspaceHistory = () => useWorkspaceStore.getState();

/** A plan's screens: the keys undo and redo the plan. */
export function usePlanUndoKeys(): void {
  useUndoKeys(planHistory);
}

/** The library's workspace screens (team, match owners, annual budget): the keys undo the workspace. */
export function useWorkspaceUndoKeys(): void {
  useUndoKeys(workspaceHistory);
}
