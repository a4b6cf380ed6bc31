import type { BudgetCategoryKey, ChannelKind, PhaseKind, TaskStatus, Workstream } from '../domain';
import { labelTable } from '../i18n/locale';

/**
 * Names of the domain's enumerations as they appear in exported sheets, and the words planners
 * use for them in their own sheets (matched case-insensitively, longest first).
 */

export const workstreamLabels = labelTable<Workstream>(
  {
    marketing: '市场',
    operations: '运营',
    design: '设计',
    tech: '技术',
    service: '客服',
    supply: '商品/供应链',
    data: '数据',
    finance: '财务',
    other: '其他',
  },
  {
    marketing: 'Marketing',
    operations: 'Operations',
    design: 'Design',
    tech: 'Tech',
    service: 'Customer service',
    supply: 'Merchandise & supply',
    data: 'Data',
    finance: 'Finance',
    other: 'Other',
  },
);

const workstreamWords: [Workstream, string[]][] = [
  ['marketing', ['市场', '市场部', '品牌', '推广', '营销', 'marketing', 'brand']],
  ['operations', ['运营', '运营部', '电商运营', '店铺运营', 'operations', 'ops']],
  ['design', ['设计', '设计部', '视觉', '美工', 'design', 'creative']],
  ['tech', ['技术', '技术部', '研发', 'it', '开发', 'tech', 'engineering']],
  ['service', ['客服', '客服部', '售后', 'service', 'customer service', 'cs']],
  [
    'supply',
    [
      '商品',
      '供应链',
      '商品/供应链',
      '仓储',
      '采购',
      '物流',
      'supply',
      'merchandise',
      'merchandise & supply',
    ],
  ],
  ['data', ['数据', '数据部', 'bi', 'data', 'analytics']],
  ['finance', ['财务', '财务部', 'finance']],
  ['other', ['其他', 'other']],
];

export function workstreamFromText(text: string): Workstream | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const [ws, words] of workstreamWords) if (words.includes(t)) return ws;
  for (const [ws, words] of workstreamWords) {
    if (words.some((w) => /[\u4e00-\u9fff]/.test(w) && t.startsWith(w))) return ws;
  }
  return null;
}

export const statusLabels = labelTable<TaskStatus>(
  {
    todo: '未开始',
    inProgress: '进行中',
    done: '已完成',
    blocked: '受阻',
    cancelled: '已取消',
  },
  {
    todo: 'To do',
    inProgress: 'In progress',
    done: 'Done',
    blocked: 'Blocked',
    cancelled: 'Cancelled',
  },
);

const statusWords: [TaskStatus, string[]][] = [
  ['done', ['已完成', '完成', '已结束', '结束', 'done', 'completed', 'complete', 'finished', '✓', '√']],
  [
    'inProgress',
    ['进行中', '执行中', '处理中', '跟进中', '进行', 'in progress', 'doing', 'ongoing', 'started'],
  ],
  ['blocked', ['受阻', '阻塞', '卡住', '延期', '延误', '暂停', 'blocked', 'delayed', 'on hold']],
  ['cancelled', ['已取消', '取消', '作废', 'cancelled', 'canceled']],
  ['todo', ['未开始', '待开始', '待办', '计划中', '未启动', 'to do', 'todo', 'not started', 'planned']],
];

export function statusFromText(text: string): TaskStatus | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const [s, words] of statusWords) if (words.includes(t)) return s;
  return null;
}

const phaseWords: [PhaseKind, string[]][] = [
  ['prep', ['筹备', '准备', '前期', 'prep', 'preparation']],
  ['accumulate', ['蓄水', '种草', 'accumulat']],
  ['warmup', ['预热', '预售', 'warm']],
  ['openingWave', ['开门红', 'opening']],
  ['burst', ['爆发', '高潮', '正式', '狂欢', '冲刺', 'peak', 'burst']],
  ['encore', ['返场', 'encore']],
  ['review', ['复盘', '总结', 'review', 'retro']],
];

export function phaseKindFromName(name: string): PhaseKind {
  const t = name.toLowerCase();
  for (const [k, words] of phaseWords) if (words.some((w) => t.includes(w))) return k;
  return 'custom';
}

export const phaseKindColors: Record<PhaseKind, string> = {
  prep: '#8da2fb',
  accumulate: '#74c0fc',
  warmup: '#ffd43b',
  openingWave: '#ff922b',
  burst: '#fa5252',
  encore: '#be4bdb',
  review: '#868e96',
  custom: '#8da2fb',
};

const categoryWords: [BudgetCategoryKey, string[]][] = [
  ['advertising', ['广告', '推广', '投放', '引流', 'advertising', 'ads', 'media']],
  ['kol', ['达人', 'kol', '红人', '网红', '主播', 'influencer']],
  ['discount', ['优惠', '让利', '折扣', '补贴', '满减', '券', 'discount', 'coupon']],
  ['gifts', ['赠品', '礼品', '赠送', 'gift']],
  ['material', ['物料', '设计', '拍摄', '制作', 'material', 'design', 'creative']],
  ['tech', ['技术', '服务器', '系统', 'it', 'tech', 'cloud']],
  ['logistics', ['物流', '仓储', '快递', '仓', 'logistics', 'warehous', 'shipping']],
  ['staffing', ['客服', '人力', '外包', '人员', '加班', 'staff', 'service', 'labour', 'labor']],
  ['reserve', ['预备', '备用', '应急', '机动', 'reserve', 'contingency']],
];

export function categoryKeyFromName(name: string): BudgetCategoryKey {
  const t = name.toLowerCase();
  for (const [k, words] of categoryWords) {
    if (
      words.some((w) =>
        /^[a-z]+$/.test(w) && w.length <= 3 ? t.split(/[^a-z]+/).includes(w) : t.includes(w),
      )
    )
      return k;
  }
  return 'custom';
}

const channelKindWords: [ChannelKind, string[]][] = [
  ['liveStreaming', ['直播', 'live']],
  ['kol', ['达人', 'kol', '红人', '种草']],
  ['searchAds', ['搜索', '百度', 'sem', 'google', 'search']],
  [
    'platformAds',
    ['京准通', '直通车', '万相台', '引力魔方', '千川', '巨量', '钻展', '多多搜索', '广告', 'ads'],
  ],
  ['social', ['小红书', '微博', 'b站', '知乎', '抖音', '快手', '视频号', 'social', 'weibo', 'tiktok']],
  ['messaging', ['短信', '邮件', 'push', 'sms', 'email', 'edm']],
  ['privateDomain', ['社群', '私域', '企微', '企业微信', '公众号', 'community']],
  ['content', ['内容', '图文', '短视频', 'content']],
  ['partners', ['联盟', '淘宝客', '合作', '异业', 'affiliate', 'partner']],
  ['offline', ['线下', '门店', '地推', 'offline']],
];

export function channelKindFromName(name: string): ChannelKind {
  const t = name.toLowerCase();
  for (const [k, words] of channelKindWords) if (words.some((w) => t.includes(w))) return k;
  return 'other';
}

/** Words that mean "no particular channel" in a budget sheet's channel column. */
export function isWholeShopChannel(name: string): boolean {
  return [
    '全店',
    '全渠道',
    '全部',
    '通用',
    '全平台',
    '整体',
    'all',
    'all channels',
    'shop',
    'whole shop',
    '-',
    '—',
    '无',
  ].includes(name.trim().toLowerCase());
}

/** Rows whose label says they are sums, not records. */
export function isTotalsLabel(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
  // Only the label itself ("合计", "小计（预热期）", "Total:"): a task called 汇总数据看板 is a task.
  return /^(合计|小计|总计|总额|共计|累计|汇总|total|totals|sub-?total|grand total|sum)\s*([:：(（].*)?$/.test(
    t,
  );
}
