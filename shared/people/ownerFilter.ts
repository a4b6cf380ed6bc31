import { countedOwners, type NamedPerson, type RosterIndex } from './matchOwners';
import { cleanName, nameKey, splitOwners } from './names';

/**
 * "Filter a plan's tasks by person": the choices are the roster people a plan's tasks name
 * (exact or normalized, docs/people.md) and, for owners not in the roster, their cleaned names
 * (one choice per key, so "张三(运营)" and "张三 " are one). Values: "person:<id>" or "name:<key>".
 */
export interface OwnerChoice {
  value: string;
  label: string;
  /** How many of the given owner texts it covers. */
  count: number;
}

export function ownerChoices(
  owners: readonly string[],
  people: readonly NamedPerson[],
  roster: RosterIndex,
): OwnerChoice[] {
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const choices = new Map<string, OwnerChoice>();
  const bump = (value: string, label: string) => {
    const c = choices.get(value);
    if (c) c.count += 1;
    else choices.set(value, { value, label, count: 1 });
  };
  for (const owner of owners) {
    const seen = new Set<string>();
    for (const part of splitOwners(owner)) {
      const [id] = countedOwners(part, roster);
      const value = id !== undefined ? `person:${id}` : `name:${nameKey(part)}`;
      if (seen.has(value)) continue;
      seen.add(value);
      bump(value, id !== undefined ? (nameOf.get(id) ?? part) : cleanName(part).name);
    }
  }
  return [...choices.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** Does an owner text fall under a choice of `ownerChoices`? */
export function ownerMatchesChoice(owner: string, value: string, roster: RosterIndex): boolean {
  if (value.startsWith('person:'))
    return countedOwners(owner, roster).includes(value.slice('person:'.length));
  const key = value.slice('name:'.length);
  return splitOwners(owner).some((part) => countedOwners(part, roster).length === 0 && nameKey(part) === key);
}
