import { ActionIcon, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Person } from '../../../../shared/domain';
import { CommitTextInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';
import { TaskLimitInput } from './TaskLimitInput';

/** The roster's text columns, in the order they stand (the task limit follows); a person must have a name. */
export const rosterTextFields = ['name', 'department', 'role'] as const;

/** One person of the roster, every field stored as typed (one undo step per field edit). */
export function PersonRow({
  person,
  defaultLimit,
  onChange,
  onDelete,
}: {
  person: Person;
  defaultLimit: number;
  onChange(patch: Partial<Person>): void;
  onDelete(): void;
}) {
  const t = useMessages(peopleMessages);
  return (
    <Table.Tr data-testid="person-row">
      {rosterTextFields.map((field) => (
        <Table.Td key={field}>
          <CommitTextInput
            size="xs"
            aria-label={t.columns[field]}
            value={person[field]}
            isRequired={field === 'name'}
            onCommit={(text) => onChange({ [field]: text })}
          />
        </Table.Td>
      ))}
      <Table.Td>
        <TaskLimitInput
          aria-label={t.columns.limit}
          placeholder={t.limitPlaceholder(defaultLimit)}
          value={person.limit}
          onCommit={(limit) => onChange({ limit })}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={t.deletePerson(person.name)} onClick={onDelete}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
