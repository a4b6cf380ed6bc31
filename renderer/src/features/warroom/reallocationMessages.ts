import { defineMessages } from '../../i18n';

export const reallocationMessages = defineMessages(
  {
    title: '预算调配建议',
    hint: '按近 6 小时各渠道的投产比（GMV ÷ 花费）与计划对比：把低于计划中最弱渠道剩余预算的 20% 调给最强渠道；预测按模拟（What-if）计算。',
    channel: '渠道',
    recent: '近 6 小时投产比',
    plan: '计划投产比',
    left: '剩余预算',
    none: '暂无建议：没有渠道的近期投产比低于计划，或还没有渠道的花费数据。',
    move: (amount: string, from: string, to: string) => `从「${from}」调 ${amount} 到「${to}」`,
    forecast: (before: string, after: string, effect: string) => `预测 GMV ${before} → ${after}（${effect}）`,
    apply: '执行调配',
    /** The undo step's (and the palette's) name. */
    undoLabel: '作战室调配预算',
    item: '作战室调配',
    note: (at: string, amount: string, from: string, to: string, rFrom: string, rTo: string) =>
      `作战室调配 ${at}：${from} → ${to} ${amount}（近 6 小时投产比 ${rFrom} / ${rTo}）`,
  },
  {
    title: 'Reallocation',
    hint: 'Each channel’s ROAS (GMV ÷ spend) over the last 6 hours against its plan: 20% of the budget left of the weakest channel below plan moves to the strongest; the forecast is the what-if’s.',
    channel: 'Channel',
    recent: 'ROAS, last 6 h',
    plan: 'Planned ROAS',
    left: 'Budget left',
    none: 'No suggestion: no channel’s recent ROAS is below its plan, or no channel has spend data yet.',
    move: (amount: string, from: string, to: string) => `Move ${amount} from “${from}” to “${to}”`,
    forecast: (before: string, after: string, effect: string) =>
      `Forecast GMV ${before} → ${after} (${effect})`,
    apply: 'Reallocate',
    undoLabel: 'Reallocate war room budget',
    item: 'War room reallocation',
    note: (at: string, amount: string, from: string, to: string, rFrom: string, rTo: string) =>
      `War room reallocation ${at}: ${from} → ${to} ${amount} (ROAS last 6 h ${rFrom} / ${rTo})`,
  },
);
