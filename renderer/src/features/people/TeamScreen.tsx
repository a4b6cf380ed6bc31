import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowsJoin, IconPlus, IconUsers } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { newId, type Person, type PersonId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useAppMessages, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { useSettingsStore } from '../../state/settingsStore';
import { useTeam } from '../../state/workspaceStore';
import { peopleMessages } from './messages';
import { PersonRow } from './PersonRow';
import { TaskLimitInput } from './TaskLimitInput';
import { addPersonEdit, removePersonEdit, updatePersonEdit } from './teamEdits';
import { WorkspaceScreenFrame } from './WorkspaceScreenFrame';

const MATCH_OWNERS_PATH = '/team/match';

/** The team roster (团队): the people every plan's owners are matched to (docs/people.md). */
export function TeamScreen() {
  const t = useMessages(peopleMessages);
  const m = useAppMessages();
  const navigate = useNavigate();
  const people = useTeam();
  const taskLimit = useSettingsStore((s) => s.taskLimit);
  const setTaskLimit = useSettingsStore((s) => s.setTaskLimit);

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

  return (
    <WorkspaceScreenFrame
      title={t.rosterTitle}
      intro={t.rosterIntro}
      actions={
        <>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconArrowsJoin size={14} />}
            onClick={() => navigate(MATCH_OWNERS_PATH)}
            data-testid="open-match-owners"
          >
            {t.matchOwners}
          </Button>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add} data-testid="add-person">
            {t.addPerson}
          </Button>
        </>
      }
    >
      <Group gap="sm" align="flex-end">
        <TaskLimitInput
          w={170}
          label={t.defaultLimit}
          value={taskLimit}
          // Emptied, the default limit stays what it was: every person without one needs it.
          onCommit={(n) => setTaskLimit(n ?? taskLimit)}
          data-testid="default-limit"
        />
        <Text size="xs" c="dimmed" maw={520} pb={6}>
          {t.defaultLimitHint}
        </Text>
      </Group>
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
              <Table.Th>{t.name}</Table.Th>
              <Table.Th>{t.department}</Table.Th>
              <Table.Th>{t.role}</Table.Th>
              <Table.Th w={150}>{t.limit}</Table.Th>
              <Table.Th w={48}>
                <VisuallyHidden>{m.common.actions}</VisuallyHidden>
              </Table.Th>
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
