import { useMemo, useState } from 'react';
import type { Task } from '../../../../shared/domain';
import { indexRoster } from '../../../../shared/people/matchOwners';
import { ownerChoices, ownerMatchesChoice, type OwnerChoice } from '../../../../shared/people/ownerFilter';
import { useTeam } from '../../state/workspaceStore';

/**
 * "Filter a plan's tasks by person" (docs/people.md): the roster people and other owner names the
 * plan's tasks name; the workload links here with ?person=person:<id>.
 */
export function useOwnerFilter(tasks: readonly Task[], initial: string | null) {
  const people = useTeam();
  const roster = useMemo(() => indexRoster(people), [people]);
  const [value, setValue] = useState<string | null>(initial);
  const choices: OwnerChoice[] = useMemo(
    () =>
      ownerChoices(
        tasks.map((t) => t.owner),
        people,
        roster,
      ),
    [tasks, people, roster],
  );
  const matches = useMemo(
    () => (value === null ? () => true : (owner: string) => ownerMatchesChoice(owner, value, roster)),
    [value, roster],
  );
  return { value, setValue, choices, matches };
}
