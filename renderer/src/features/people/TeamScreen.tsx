import { Button, Table } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { newId, type Person, type PersonId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { useSettingsStore } from '../../state/settingsStore';
import { useTeam } from '../../state/workspaceStore';
import { peopleMessages } from './messages';
import { PersonRow, rosterTextFields } from './PersonRow';
import { DefaultLimitField } from './DefaultLimitField';
import { MatchOwnersButton } from './MatchOwnersButton';
import { addPersonEdit, removePersonEdit, updatePersonEdit } from './teamEdits';
import { WorkspaceScreenFrame } from './WorkspaceScreenFrame';

/** The team roster (团队): the people every plan's owners are matched to (docs/people.md). */
export function TeamScreen() {
  const t = useMessages(peopleMessages);
  const people = useTeam();
  const taskLimit = useSettingsStore((s) => s.taskLimit);

  const add = () =>
    runEdit(addPersonEdit, {
      id: newId<PersonId>(),
      name: t.newPersonName,
      department: '',
      role: '',
      limit: null,
    });
  const change = (id: PersonId, patch: Partial<Person>) => runEdit(updatePersonEdit, { id, patch });
  const remove = (id: PersonId) => runEdit(removePersonEdit, id);

  const actions = (
    <>
      <MatchOwnersButton inToolbar testId="open-match-owners" />
      <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add} data-testid="add-person">
        {t.addPerson}
      </Button>
    </>
  );

  return (
    <WorkspaceScreenFrame title={t.rosterTitle} intro={t.rosterIntro} actions={actions}>
      <DefaultLimitField />
      {people.length === 0 ? (
        <EmptyState
          icon={<IconUsers />}
          body={t.rosterEmpty}
          action={<Button onClick={add}>{t.addPerson}</Button>}
        />
      ) : (
        <Table data-testid="roster" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              {rosterTextFields.map((field) => (
                <Table.Th key={field}>{t.columns[field]}</Table.Th>
              ))}
              <Table.Th w={150}>{t.columns.limit}</Table.Th>
              <ActionsColumnHeader w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <PersonRow
                key={p.id}
                person={p}
                defaultLimit={taskLimit}
                onChange={(patch) => change(p.id, patch)}
                onDelete={() => remove(p.id)}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </WorkspaceScreenFrame>
  );
}
