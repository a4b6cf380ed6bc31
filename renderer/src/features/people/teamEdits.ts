import { addPerson, removePerson, updatePerson, type Person, type PersonId } from '../../../../shared/domain';
import { defineWorkspaceEdit } from '../../state/editActions';
import { peopleMessages } from './messages';

/** The team roster's edits (docs/architecture.md §5): each is one undo step of the workspace. */
type M = (typeof peopleMessages)['zh-CN'];

/** The new person is made by the screen (its id and default name), so the recipe stays pure. */
export const addPersonEdit = defineWorkspaceEdit<Person, M>({
  id: 'team.addPerson',
  messages: peopleMessages,
  label: (m) => m.addPerson,
  keywords: ['团队', '成员', 'team', 'person', 'people'],
  recipe: addPerson,
});

export const updatePersonEdit = defineWorkspaceEdit<{ id: PersonId; patch: Partial<Omit<Person, 'id'>> }, M>({
  id: 'team.updatePerson',
  messages: peopleMessages,
  label: (m) => m.editPerson,
  recipe: (w, p) => updatePerson(w, p.id, p.patch),
});

export const removePersonEdit = defineWorkspaceEdit<PersonId, M>({
  id: 'team.removePerson',
  messages: peopleMessages,
  label: (m) => m.deletedPerson,
  recipe: removePerson,
});
