import { create } from 'zustand';

/**
 * A workbook handed to the "new plan from Excel" screen by whoever picked or received it (the
 * library's button, the new-plan dialog, a file dropped on the window, the menu). The screen
 * takes it once and parses it; nothing is written until the planner confirms the preview.
 */
export interface PendingWorkbook {
  name: string;
  data: Uint8Array;
}

interface PendingImportState {
  pending: PendingWorkbook | null;
}

export const usePendingImportStore = create<PendingImportState>(() => ({ pending: null }));

export function handOverWorkbook(file: PendingWorkbook): void {
  usePendingImportStore.setState({ pending: file });
}

/** The workbook waiting to be imported, removed from the store (null when there is none). */
export function takePendingWorkbook(): PendingWorkbook | null {
  const { pending } = usePendingImportStore.getState();
  if (pending) usePendingImportStore.setState({ pending: null });
  return pending;
}
