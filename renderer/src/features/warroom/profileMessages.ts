import { defineMessages } from '../../i18n';

export const profileMessages = defineMessages(
  {
    title: '分时目标曲线',
    hint: '每小时占当天目标的百分比；改一个小时，其余小时按原比例缩放，合计始终 100%。随方案保存。',
    day: '日期',
    template: { peak: '模板：大促峰值日（00:00 与 20:00 集中）', ordinary: '模板：日常晚高峰' } as Record<
      string,
      string
    >,
    own: '本日已自定义',
    reset: '恢复模板',
    total: (v: string) => `合计 ${v}`,
    editLabel: (date: string, hour: string) => `修改 ${date} ${hour} 的分时占比`,
    resetLabel: (date: string) => `${date} 分时曲线恢复模板`,
  },
  {
    title: 'Hourly target profile',
    hint: 'Each hour’s share of the day’s target; change one hour and the others scale in proportion, always 100% in all. Saved with the plan.',
    day: 'Day',
    template: {
      peak: 'Template: peak day (00:00 and 20:00 heavy)',
      ordinary: 'Template: ordinary day (evening)',
    } as Record<string, string>,
    own: 'Edited for this day',
    reset: 'Back to the template',
    total: (v: string) => `Total ${v}`,
    editLabel: (date: string, hour: string) => `Change the share of ${date} ${hour}`,
    resetLabel: (date: string) => `Hourly profile of ${date} back to the template`,
  },
);
