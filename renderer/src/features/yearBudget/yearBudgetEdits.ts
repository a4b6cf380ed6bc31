import { setCapByQuarter, setYearCap, type YearCapSlot } from '../../../../shared/domain';
import { defineWorkspaceEdit } from '../../state/editActions';
import { messages } from './messages';

/** The year budget's edits (docs/architecture.md §5): each field edit is one undo step. */
type M = (typeof messages)['zh-CN'];

export const setYearCapEdit = defineWorkspaceEdit<
  { year: number; currency: string; slot: YearCapSlot; capMinor: number | null },
  M
>({
  id: 'yearBudget.setCap',
  messages,
  label: (m, p) => (p.slot === 'year' ? m.undoCap : m.undoQuarter(p.slot)),
  recipe: setYearCap,
});

export const setCapByQuarterEdit = defineWorkspaceEdit<{ year: number; currency: string; on: boolean }, M>({
  id: 'yearBudget.capByQuarter',
  messages,
  label: (m) => m.undoByQuarter,
  recipe: setCapByQuarter,
});
