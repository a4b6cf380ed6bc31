import { describe, expect, it } from 'vitest';
import { indexRoster } from '../../../shared/people/matchOwners';
import { ownerChoices, ownerMatchesChoice } from '../../../shared/people/ownerFilter';
import { examplePeople, examplePlans } from './peopleExample';

describe("filter a plan's tasks by person", () => {
  const roster = indexRoster(examplePeople);
  const black = examplePlans()[2]!; // 黑五: C1 (full-width wang wu), C2 张三、Wang Wu, C3 钱七, C4 张山
  const owners = black.tasks.map((t) => t.owner);

  it('offers the roster people the plan names and the other names once each', () => {
    expect(ownerChoices(owners, examplePeople, roster).map((c) => [c.value, c.label, c.count])).toEqual([
      ['person:ww', 'Wang Wu', 2],
      ['person:zs', '张三', 1],
      ['name:张山', '张山', 1],
      ['name:钱七', '钱七', 1],
    ]);
  });

  it('a person picks every spelling of them, and the two-owner task', () => {
    const pick = (value: string) =>
      black.tasks.filter((t) => ownerMatchesChoice(t.owner, value, roster)).map((t) => t.id);
    expect(pick('person:ww')).toEqual(['C1', 'C2']);
    expect(pick('person:zs')).toEqual(['C2']);
    expect(pick('name:张山')).toEqual(['C4']);
  });

  it('without a roster, names with the same key are one choice', () => {
    const none = indexRoster([]);
    const choices = ownerChoices(['张三(运营)', '张三 ', '张三/李四'], [], none);
    expect(choices.map((c) => [c.label, c.count])).toEqual([
      ['张三', 3],
      ['李四', 1],
    ]);
    expect(ownerMatchesChoice('张三(运营)', 'name:张三', none)).toBe(true);
    expect(ownerMatchesChoice('李四', 'name:张三', none)).toBe(false);
  });
});
