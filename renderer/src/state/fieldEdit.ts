/**
 * The field edit in progress (components/useDraftField): while a field stores what is typed, every
 * commit it makes — into the plan store or the workspace store — carries the field's merge key,
 * so one field edit is one undo step whichever store it edits.
 */
let fieldMergeKey: string | null = null;

/**
 * Runs a field's store with `mergeKey` applied to every commit it makes, so the screens' own
 * `onCommit` handlers need not pass it along.
 */
export function runAsFieldEdit(mergeKey: string, store: () => void): void {
  const outer = fieldMergeKey;
  fieldMergeKey = mergeKey;
  try {
    store();
  } finally {
    fieldMergeKey = outer;
  }
}

/** The merge key of the field storing right now, or null outside a field's store. */
export function currentFieldMergeKey(): string | null {
  return fieldMergeKey;
}
