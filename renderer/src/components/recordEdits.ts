import {
  addRecord,
  moveRecord,
  removeRecord,
  updateRecord,
  type CollectionRecord,
  type PlanDocument,
} from '../../../shared/domain';
import { appMessages, type AppMessages } from '../i18n/messages';
import { defineEdit } from '../state/editActions';

/**
 * The edits of a plan section that is a list of one kind of record (components/RecordList.tsx):
 * the recipes of shared/domain/edit.ts, named by the section's own messages (m.<section>).
 */
export type ListKey = 'goals' | 'checklist' | 'phases' | 'channels' | 'risks';
type M = AppMessages;
const messages = appMessages;

export const updateRecordEdit = defineEdit<
  { key: ListKey; id: string; patch: Partial<CollectionRecord<ListKey>> },
  M
>({
  id: 'records.update',
  messages,
  label: (m, p) => m[p.key].title,
  recipe: (d, p) => updateRecord(d, p.key, p.id, p.patch as never),
});

export const addRecordEdit = defineEdit<
  { key: ListKey; create: (doc: PlanDocument) => CollectionRecord<ListKey> },
  M
>({
  id: 'records.add',
  messages,
  label: (m, p) => m[p.key].add,
  recipe: (d, p) => addRecord(d, p.key, p.create(d) as never),
});

export const removeRecordEdit = defineEdit<{ key: ListKey; id: string }, M>({
  id: 'records.remove',
  messages,
  label: (m) => m.common.delete,
  recipe: (d, p) => removeRecord(d, p.key, p.id),
});

export const moveRecordEdit = defineEdit<{ key: ListKey; id: string; delta: -1 | 1 }, M>({
  id: 'records.move',
  messages,
  label: (m, p) => (p.delta < 0 ? m.common.moveUp : m.common.moveDown),
  recipe: (d, p) => moveRecord(d, p.key, p.id, p.delta),
});
