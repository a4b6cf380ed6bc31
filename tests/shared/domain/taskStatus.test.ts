import { describe, expect, it } from 'vitest';
import { statusAfterProgress } from '../../../shared/domain';

describe('a task’s status once its progress is set', () => {
  it('is done at 100 %, whatever it was', () => {
    expect(statusAfterProgress(1, 'todo')).toBe('done');
    expect(statusAfterProgress(1, 'inProgress')).toBe('done');
  });

  it('is no longer done when the progress is taken back (a row never reads "0 %, done")', () => {
    expect(statusAfterProgress(0.4, 'done')).toBe('inProgress');
    expect(statusAfterProgress(0, 'done')).toBe('todo');
  });

  it('leaves the planner’s own status below 100 %', () => {
    expect(statusAfterProgress(0.4, 'todo')).toBe('todo');
    expect(statusAfterProgress(0, 'blocked')).toBe('blocked');
    expect(statusAfterProgress(0.5, 'cancelled')).toBe('cancelled');
  });
});
