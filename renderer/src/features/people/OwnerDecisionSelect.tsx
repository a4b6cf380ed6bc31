import { Select } from '@mantine/core';
import type { Person } from '../../../../shared/domain';
import type { OwnerDecision, OwnerNameRow } from '../../../../shared/people/ownerReview';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';

function encode(d: OwnerDecision): string {
  return d.kind === 'person' ? `person:${d.personId}` : d.kind;
}

function decode(value: string): OwnerDecision {
  if (value.startsWith('person:')) return { kind: 'person', personId: value.slice('person:'.length) };
  return value === 'keep' ? { kind: 'keep' } : { kind: 'new' };
}

/** The review's choice for one owner name: a person (suggestions first), a new person, or keep the text. */
export function OwnerDecisionSelect({
  row,
  people,
  decision,
  onChange,
}: {
  row: OwnerNameRow;
  people: readonly Person[];
  decision: OwnerDecision;
  onChange(decision: OwnerDecision): void;
}) {
  const t = useMessages(peopleMessages);
  const first = new Set(row.match.suggestions);
  const ordered = [...people.filter((p) => first.has(p.id)), ...people.filter((p) => !first.has(p.id))];
  return (
    <Select
      size="xs"
      aria-label={t.decision(row.raw)}
      allowDeselect={false}
      searchable
      value={encode(decision)}
      onChange={(v) => v !== null && onChange(decode(v))}
      data={[
        { value: 'new', label: t.decideNew },
        { value: 'keep', label: t.decideKeep },
        ...ordered.map((p) => ({ value: `person:${p.id}`, label: t.decideChoose(p.name) })),
      ]}
      data-testid={`decision-${row.raw}`}
    />
  );
}
