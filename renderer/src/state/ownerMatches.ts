import { newId, type PersonId, type PlanDocument, type Workspace } from '../../../shared/domain';
import {
  planOwnerRewrite,
  rewriteDocumentOwners,
  type OwnerDecision,
  type OwnerNameRow,
} from '../../../shared/people/ownerReview';
import { useLibraryDocuments } from './libraryDocuments';
import { useWorkspaceStore } from './workspaceStore';

interface AppliedMatch {
  before: Workspace;
  after: Workspace;
  changes: { before: PlanDocument; after: PlanDocument }[];
}

/**
 * Applying the review is one step of the workspace's history (docs/people.md): the new people
 * and, riding on that step, the plans whose owners it rewrote. Undo restores the step's workspace
 * object itself, so the move from `after` back to `before` (and forward again on redo) is how
 * the plans' side of the step is recognised and written back.
 */
const applied: AppliedMatch[] = [];

useWorkspaceStore.subscribe((state, prev) => {
  for (const step of applied) {
    if (prev.workspace === step.after && state.workspace === step.before) {
      void useLibraryDocuments
        .getState()
        .write(step.changes.map((c) => ({ before: c.after, after: c.before })));
    } else if (prev.workspace === step.before && state.workspace === step.after) {
      void useLibraryDocuments.getState().write(step.changes);
    }
  }
});

/** Adds the new people and rewrites the plans' owners, as one undo step named `label`. */
export async function applyOwnerMatches(
  docs: readonly PlanDocument[],
  rows: readonly OwnerNameRow[],
  decisions: ReadonlyMap<string, OwnerDecision>,
  label: string,
): Promise<{ people: number; plans: number }> {
  const store = useWorkspaceStore.getState();
  const before = store.workspace;
  if (!before) return { people: 0, plans: 0 };
  const rewrite = planOwnerRewrite(rows, decisions, before.people, () => newId<PersonId>());
  const changes = docs.flatMap((doc) => {
    const after = rewriteDocumentOwners(doc, rewrite.nameFor);
    return after ? [{ before: doc, after }] : [];
  });
  if (rewrite.newPeople.length === 0 && changes.length === 0) return { people: 0, plans: 0 };
  const added = rewrite.newPeople.map((p) => ({ ...p, id: p.id as PersonId, role: '', limit: null }));
  // A new workspace object even when no one is added: the step must exist for the plans' undo.
  const after: Workspace = { ...before, people: [...before.people, ...added] };
  store.commit(label, () => after);
  // Registered after the commit, whose own state change is not a redo to act on.
  applied.push({ before, after, changes });
  await useLibraryDocuments.getState().write(changes);
  return { people: added.length, plans: changes.length };
}
