import { defineMessages } from '../../i18n';

/** The tasks table's scheduling strings: successors follow, conflicts and their fixes, overdue. */
export const taskScheduleMessages = defineMessages(
  {
    pushSuccessors: '后续任务跟着移动',
    show: '显示',
    showAll: '全部任务',
    showOverdue: (n: number) => `逾期 ${n}`,
    showProblems: (n: number) => `有问题 ${n}`,
    overdue: '逾期',
    overdueSince: (end: string) => `逾期：${end} 已到期，尚未完成`,
    problems: (n: number) => `排期问题 ${n} 个`,
    moveSuccessors: '后续任务顺延',
    moveBack: '本任务提前',
    moveLater: '本任务推后',
    fixed: (what: string) => `已修正：${what}`,
    nothingShown: '没有符合条件的任务。',
    statOverdue: '逾期任务',
    openOverdue: '在任务表中查看逾期任务',
  },
  {
    pushSuccessors: 'Successors follow',
    show: 'Show',
    showAll: 'All tasks',
    showOverdue: (n) => `Overdue ${n}`,
    showProblems: (n) => `With problems ${n}`,
    overdue: 'Overdue',
    overdueSince: (end) => `Overdue: due ${end} and not done`,
    problems: (n) => (n === 1 ? '1 schedule problem' : `${n} schedule problems`),
    moveSuccessors: 'Move successors',
    moveBack: 'Move this back',
    moveLater: 'Move this later',
    fixed: (what) => `Fixed: ${what}`,
    nothingShown: 'No task matches.',
    statOverdue: 'Overdue tasks',
    openOverdue: 'Show the overdue tasks in the table',
  },
);
