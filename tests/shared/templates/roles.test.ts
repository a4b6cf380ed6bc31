import { describe, expect, it } from 'vitest';
import { splitOwners } from '../../../shared/people/names';
import { roles } from '../../../shared/templates/roles';

describe('template roles', () => {
  it('are each one owner in both languages, not split into people by the team screens', () => {
    const split = Object.values(roles)
      .flatMap((r) => [r.zh, r.en])
      .filter((t) => splitOwners(t).length !== 1);
    expect(split).toEqual([]);
  });
});
