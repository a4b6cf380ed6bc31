import { describe, expect, it } from 'vitest';
import { indexRoster, matchName, ownerNamesPerson } from '../../../shared/people/matchOwners';
import {
  collectOwnerNames,
  planOwnerRewrite,
  rewriteDocumentOwners,
  rewriteOwnerText,
  type OwnerDecision,
} from '../../../shared/people/ownerReview';
import { computeWorkload } from '../../../shared/people/workload';
import { examplePeople, examplePlans } from './peopleExample';

const roster = indexRoster(examplePeople);

describe('matching owner names to the roster (docs/people.md)', () => {
  it('exact, normalized, suggested and none, as the worked example says', () => {
    const kind = (raw: string) => {
      const m = matchName(raw, roster);
      return [m.kind, m.personId];
    };
    expect(kind('李四')).toEqual(['exact', 'ls']);
    expect(kind('张三(运营)')).toEqual(['normalized', 'zs']);
    expect(kind('张三 ')).toEqual(['normalized', 'zs']);
    expect(kind('ｗａｎｇ　ｗｕ')).toEqual(['normalized', 'ww']);
    expect(kind('wu wang')).toEqual(['normalized', 'ww']);
    expect(kind('张山')).toEqual(['suggested', 'zs']);
    expect(kind('WangWu')).toEqual(['suggested', 'ww']);
    expect(kind('钱七')).toEqual(['none', null]);
    expect(kind('Zhang San')).toEqual(['none', null]);
  });

  it('a task naming two people belongs to both; a suggestion does not count', () => {
    expect(ownerNamesPerson('李四/赵六', 'zl', roster)).toBe(true);
    expect(ownerNamesPerson('张三、Wang Wu', 'ww', roster)).toBe(true);
    expect(ownerNamesPerson('张山', 'zs', roster)).toBe(false);
  });
});

describe('the match owners review', () => {
  const plans = examplePlans();
  const rows = collectOwnerNames(plans, roster);

  it('lists each distinct name once, unmatched and suggested first, with counts and plans', () => {
    expect(rows.slice(0, 2).map((r) => [r.raw, r.match.kind, r.occurrences, r.planIds])).toEqual([
      ['钱七', 'none', 1, ['C']],
      ['张山', 'suggested', 1, ['C']],
    ]);
    const zhang = rows.find((r) => r.raw === '张三');
    // A4, B2 ("张三 ": parts are trimmed when split) and C2.
    expect([zhang?.match.kind, zhang?.occurrences, zhang?.planIds]).toEqual(['exact', 3, ['A', 'B', 'C']]);
    expect(rows.map((r) => r.raw).sort()).toEqual(
      ['Wang Wu', '张三', '张三(运营)', '张山', '李四', '赵六', '钱七', 'ｗａｎｇ　ｗｕ'].sort(),
    );
  });

  it('applying: new people once per key, owners rewritten to the roster names, kept names untouched', () => {
    const decisions = new Map<string, OwnerDecision>([['Wang Wu', { kind: 'keep' }]]);
    let n = 0;
    const plan = planOwnerRewrite(rows, decisions, examplePeople, () => `new-${++n}`);
    expect(plan.newPeople).toEqual([{ id: 'new-1', name: '钱七', department: '' }]);
    expect(rewriteOwnerText('张三(运营)', plan.nameFor)).toBe('张三');
    expect(rewriteOwnerText('张三、Wang Wu', plan.nameFor)).toBe('张三/Wang Wu');
    expect(rewriteOwnerText('Wang Wu、运营负责人', plan.nameFor)).toBe('Wang Wu、运营负责人');
    expect(rewriteOwnerText('李四/赵六', plan.nameFor)).toBe('李四/赵六');
    expect(rewriteOwnerText('张三/张三(运营)', plan.nameFor)).toBe('张三');
    expect(rewriteOwnerText('运营负责人', plan.nameFor)).toBe('运营负责人');

    const [a, b, c] = plans.map((d) => rewriteDocumentOwners(d, plan.nameFor));
    expect(a?.tasks.map((t) => t.owner)).toEqual(['李四', '张三', 'Wang Wu', '张三']);
    expect(b?.tasks.map((t) => t.owner)).toEqual(['李四/赵六', '张三', '赵六']);
    expect(c?.tasks.map((t) => t.owner)).toEqual(['Wang Wu', '张三/Wang Wu', '钱七', '张三']);
    expect(plans[0]?.tasks[1]?.owner).toBe('张三(运营)');
  });

  it('a new person takes the department from the note; nothing to rewrite gives null', () => {
    const row = collectOwnerNames(examplePlans().slice(0, 1), indexRoster([])).find(
      (r) => r.raw === '张三(运营)',
    );
    const plan = planOwnerRewrite(row ? [row] : [], new Map(), [], () => 'p');
    expect(plan.newPeople.map((p) => [p.name, p.department])).toEqual([['张三', '运营']]);
    expect(rewriteDocumentOwners(examplePlans()[1]!, new Map())).toBeNull();
    // "张三" (no note) sorts before "张三(运营)": still one person, in 运营.
    const both = collectOwnerNames(examplePlans(), indexRoster([])).filter((r) => r.raw.startsWith('张三'));
    expect(both.map((r) => r.raw)).toEqual(['张三', '张三(运营)']);
    const one = planOwnerRewrite(both, new Map(), [], () => 'q');
    expect(one.newPeople).toEqual([{ id: 'q', name: '张三', department: '运营' }]);
  });

  it('after accepting 张山 → 张三, 张三 carries 4 tasks in W45 (docs/people.md)', () => {
    const plan = planOwnerRewrite(rows, new Map(), examplePeople, () => 'x');
    const rewritten = plans.map((d) => rewriteDocumentOwners(d, plan.nameFor) ?? d);
    const people = [...examplePeople, { id: 'x', name: '钱七', department: '' }];
    const w = computeWorkload(rewritten, people, { defaultLimit: 2 });
    expect(w.rows[0]?.cells.map((c) => c.load)).toEqual([1, 4, 3, 1]);
    expect(w.unmatched).toEqual([]);
  });
});
