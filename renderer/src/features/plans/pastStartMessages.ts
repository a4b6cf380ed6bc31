import { defineMessages } from '../../i18n';

/** The new-plan dialog's warning when the chosen peak puts template tasks before today. */
export const pastStartMessages = defineMessages(
  {
    title: '部分任务会早于今天开始',
    body: (n: number, today: string) =>
      `按这个大促日，模板中有 ${n} 项任务会在今天（${today}）之前开始，建好后它们一开始就是逾期的。`,
    movePeak: (date: string) => `大促日改为 ${date}（所有任务都在今天或之后开始）`,
    keep: '保持这个大促日',
    kept: '已保持大促日：这些任务会标为逾期，可以在任务表里调整。',
  },
  {
    title: 'Some tasks would start before today',
    body: (n, today) =>
      `With this peak, ${n === 1 ? '1 task' : `${n} tasks`} of the template would start before today (${today}) and be overdue from the start.`,
    movePeak: (date) => `Move the peak to ${date} (every task starts today or later)`,
    keep: 'Keep this peak',
    kept: 'Peak kept: those tasks will be marked overdue; adjust them in the tasks table.',
  },
);
