import { describe, expect, it } from 'vitest';
import {
  addDependency,
  describeLoop,
  loopRefusalMessage,
  removeDependency,
} from '../../../../shared/planning/scheduling/dependencies';
import { byId, fs, id, makeTask } from './makeTask';

const tasks = [
  makeTask('a', '2026-10-01', '2026-10-02', { title: '主视觉 KV 设计' }),
  makeTask('b', '2026-10-03', '2026-10-04', { title: '详情页改版', predecessors: [fs('a')] }),
  makeTask('c', '2026-10-05', '2026-10-06', { title: '会场报名', predecessors: [fs('b')] }),
  makeTask('d', '2026-10-05', '2026-10-06', { title: '系统压测' }),
];

describe('addDependency', () => {
  it('adds a link and leaves every other task untouched', () => {
    const result = addDependency(tasks, id('d'), { taskId: id('a'), type: 'SS', lagDays: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tasks[3]?.predecessors).toEqual([{ taskId: 'a', type: 'SS', lagDays: 2 }]);
    expect(result.tasks[0]).toBe(tasks[0]);
    expect(result.tasks[1]).toBe(tasks[1]);
    expect(result.tasks[2]).toBe(tasks[2]);
  });

  it('replaces an existing link between the same two tasks', () => {
    const result = addDependency(tasks, id('b'), { taskId: id('a'), type: 'FS', lagDays: 3 });
    expect(result.ok && result.tasks[1]?.predecessors).toEqual([{ taskId: 'a', type: 'FS', lagDays: 3 }]);
  });

  it('refuses a link that closes a loop and names the loop', () => {
    const result = addDependency(tasks, id('a'), { taskId: id('c'), type: 'FS', lagDays: 0 });
    expect(result).toEqual({ ok: false, loop: ['c', 'a', 'b'] });
  });

  it('refuses a self link', () => {
    expect(addDependency(tasks, id('a'), { taskId: id('a'), type: 'FS', lagDays: 0 })).toEqual({
      ok: false,
      loop: ['a'],
    });
  });
});

describe('removeDependency', () => {
  it('drops the link and keeps other tasks identical', () => {
    const next = removeDependency(tasks, id('c'), id('b'));
    expect(next[2]?.predecessors).toEqual([]);
    expect(next[1]).toBe(tasks[1]);
  });
});

describe('the loop message', () => {
  const titles = byId(tasks);
  it('names the loop back to where it started, in both languages', () => {
    const loop = [id('c'), id('a'), id('b')];
    expect(describeLoop(loop, titles, 'zh-CN')).toBe('「会场报名 → 主视觉 KV 设计 → 详情页改版 → 会场报名」');
    expect(describeLoop(loop, titles, 'en-US')).toBe('“会场报名 → 主视觉 KV 设计 → 详情页改版 → 会场报名”');
    expect(loopRefusalMessage(loop, titles, 'zh-CN')).toBe(
      '不能添加这条依赖，它会形成循环：「会场报名 → 主视觉 KV 设计 → 详情页改版 → 会场报名」',
    );
    expect(loopRefusalMessage(loop, titles, 'en-US')).toBe(
      'This link was not added because it would create a loop: “会场报名 → 主视觉 KV 设计 → 详情页改版 → 会场报名”',
    );
  });

  it('says a task cannot depend on itself', () => {
    expect(loopRefusalMessage([id('d')], titles, 'zh-CN')).toBe(
      '任务不能依赖它自己：「系统压测 → 系统压测」',
    );
  });
});
