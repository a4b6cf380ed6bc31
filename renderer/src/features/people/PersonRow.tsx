import { ActionIcon, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Person } from '../../../../shared/domain';
import { CommitNumberInput, CommitTextInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';

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
      <Table.Td>
        <CommitTextInput
          size="xs"
          aria-label={t.name}
          value={person.name}
          isRequired
          onCommit={(name) => onChange({ name })}
        />
      </Table.Td>
      <Table.Td>
        <CommitTextInput
          size="xs"
          aria-label={t.department}
          value={person.department}
          onCommit={(department) => onChange({ department })}
        />
      </Table.Td>
      <Table.Td>
        <CommitTextInput
          size="xs"
          aria-label={t.role}
          value={person.role}
          onCommit={(role) => onChange({ role })}
        />
      </Table.Td>
      <Table.Td>
        <CommitNumberInput
          size="xs"
          aria-label={t.limit}
          min={1}
          allowDecimal={false}
          placeholder={t.limitPlaceholder(defaultLimit)}
          value={person.limit}
          onCommit={(limit) => onChange({ limit: limit === null ? null : Math.max(1, Math.round(limit)) })}
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
