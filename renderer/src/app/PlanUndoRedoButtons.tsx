import { UndoRedoButtons } from '../components/UndoRedoButtons';
import { usePlanHistory } from '../state/planStore';

/** The header's Undo/Redo of the open plan, named by the step they take back or redo. */
export function PlanUndoRedoButtons() {
  return <UndoRedoButtons history={usePlanHistory()} />;
}
