import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useAppMessages } from '../i18n';

/** What the buttons show and do: a plan's history or the workspace's. */
export interface UndoHistoryView {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  undo(): void;
  redo(): void;
}

/** The one pair of Undo/Redo buttons, each named by the step it takes back or redoes. */
export function UndoRedoButtons({ history, undoTestId }: { history: UndoHistoryView; undoTestId?: string }) {
  const m = useAppMessages();
  const { canUndo, canRedo, undoLabel, redoLabel, undo, redo } = history;
  return (
    <>
      <Tooltip label={undoLabel ? m.common.undoWhat(undoLabel) : m.common.nothingToUndo}>
        <ActionIcon
          variant="default"
          aria-label={m.common.undo}
          disabled={!canUndo}
          onClick={undo}
          data-testid={undoTestId}
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
