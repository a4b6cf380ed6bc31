import type { CSSProperties } from 'react';
import type { BudgetGroup } from '../../../../shared/budget/totals';
import type { BudgetLine } from '../../../../shared/domain';

/** A choice of a select cell (category, channel, phase). */
export interface Option {
  value: string;
  label: string;
}

export type Row = { kind: 'group'; group: BudgetGroup; label: string } | { kind: 'line'; line: BudgetLine };

/** The budget table's columns in order, with their widths in px. */
export const columns = [
  ['item', 210],
  ['category', 130],
  ['channel', 110],
  ['phase', 100],
  ['unitPrice', 104],
  ['quantity', 70],
  ['planned', 124],
  ['committed', 112],
  ['actual', 112],
  ['variance', 104],
  ['vendor', 110],
  ['paymentDate', 132],
  ['notes', 150],
  ['actions', 64],
] as const;
export type BudgetColumn = (typeof columns)[number][0];
/** Columns the planner may hide (the column chooser); the rest always show. */
export const optionalBudgetColumns = [
  'phase',
  'unitPrice',
  'quantity',
  'vendor',
  'paymentDate',
  'notes',
] as const satisfies readonly BudgetColumn[];
export type OptionalBudgetColumn = (typeof optionalBudgetColumns)[number];
export const ROW_HEIGHT = 36;

export interface Layout {
  shown: ReadonlySet<BudgetColumn>;
  gridTemplateColumns: string;
  width: number;
  /** Columns left of 预算金额, which a group row's label spans. */
  labelSpan: number;
}

export function layoutOf(hidden: readonly OptionalBudgetColumn[]): Layout {
  const visible = columns.filter(([key]) => !(hidden as readonly BudgetColumn[]).includes(key));
  return {
    shown: new Set(visible.map(([key]) => key)),
    gridTemplateColumns: visible.map(([, w]) => `${w}px`).join(' '),
    width: visible.reduce((sum, [, w]) => sum + w, 0),
    labelSpan: visible.findIndex(([key]) => key === 'planned'),
  };
}

/** Only the position is inline; the rest of a row's look is the .bt-row class (budgetTable.css). */
export function rowStyle(top: number, layout: Layout): CSSProperties {
  return { transform: `translateY(${top}px)`, gridTemplateColumns: layout.gridTemplateColumns };
}
