import { defineMessages } from '../../i18n';

/** The review's 分时复盘 card: one campaign day's hours with its incidents and alerts. */
export const hoursMessages = defineMessages(
  {
    title: '分时复盘',
    dayLabel: '哪一天',
    actual: '实际 GMV',
    target: '目标',
    empty: '还没有分时数据。作战室导入、粘贴或录入的分时数据会在这里按小时复盘，连同当天的事件和预警。',
    dayTotal: (actual: string, target: string) => `当天 GMV ${actual}，目标 ${target}`,
    dayTotalNoTarget: (actual: string) => `当天 GMV ${actual}`,
    eventsLabel: '当天的事件与预警',
    noEvents: '这一天没有记录事件或确认预警。',
    alert: '预警',
    acknowledged: '已确认',
    severities: { low: '低', medium: '中', high: '高', critical: '严重' } as Record<string, string>,
    statuses: { open: '待处理', handling: '处理中', resolved: '已解决' } as Record<string, string>,
    resolvedAt: (t: string) => `已解决 ${t}`,
    shop: '全店',
    alertNames: {
      gmvPace: 'GMV 进度落后',
      conversionLow: '转化率低于目标',
      channelRoas: '渠道投产比低于计划',
      spendAhead: '花费快于进度',
      stockCover: '库存告急',
      refundRate: '退款率过高',
      complaintRate: '投诉率过高',
    } as Record<string, string>,
  },
  {
    title: 'Hours of the day',
    dayLabel: 'Day',
    actual: 'Actual GMV',
    target: 'Target',
    empty:
      'No hourly data yet. The hours the war room imports, pastes or types are replayed here hour by hour, with the day’s incidents and alerts.',
    dayTotal: (actual: string, target: string) => `Day GMV ${actual}, target ${target}`,
    dayTotalNoTarget: (actual: string) => `Day GMV ${actual}`,
    eventsLabel: 'Incidents and alerts of the day',
    noEvents: 'No incident logged or alert acknowledged on this day.',
    alert: 'Alert',
    acknowledged: 'acknowledged',
    severities: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' } as Record<
      string,
      string
    >,
    statuses: { open: 'Open', handling: 'Handling', resolved: 'Resolved' } as Record<string, string>,
    resolvedAt: (t: string) => `resolved ${t}`,
    shop: 'shop',
    alertNames: {
      gmvPace: 'GMV pace behind',
      conversionLow: 'Conversion below goal',
      channelRoas: 'Channel ROAS below plan',
      spendAhead: 'Spend ahead of pace',
      stockCover: 'Stock running out',
      refundRate: 'Refund rate too high',
      complaintRate: 'Complaint rate too high',
    } as Record<string, string>,
  },
);
