import { tx } from './builders';
import { roles } from './roles';
import type { TemplateRisk } from './types';

/**
 * The risk register every big promotion starts from. Templates take these (adjusting text where
 * their type differs, see `risk`) and add their own. Likelihood and impact are 1–5 starting
 * points for the planner to re-rate, not measurements.
 */
export const commonRisks = {
  systemOutage: {
    key: 'systemOutage',
    description: tx(
      '零点流量洪峰导致页面卡顿、下单或支付失败',
      'The 00:00 traffic surge slows pages or makes ordering or payment fail',
    ),
    kind: 'system',
    likelihood: 2,
    impact: 5,
    ownerRole: roles.tech,
    trigger: tx(
      '接口错误率 > 1% 或下单耗时 > 3 秒持续 1 分钟',
      'API error rate > 1 % or checkout > 3 s for a full minute',
    ),
    mitigation: tx(
      '提前压测、扩容、缓存预热、限流与降级开关',
      'Stress test, scale up, warm caches, rate limits and degrade switches in advance',
    ),
    contingency: tx(
      '启用降级（关闭推荐等非核心功能），切换备用服务器，客服统一口径安抚并延长优惠时段',
      'Degrade (switch off recommendations and other non-core features), fail over to standby servers, service gives one agreed message and the offer is extended',
    ),
  },
  stockOut: {
    key: 'stockOut',
    description: tx('主推款提前售罄或超卖', 'Hero SKUs sell out early or are oversold'),
    kind: 'stock',
    likelihood: 3,
    impact: 4,
    ownerRole: roles.supply,
    trigger: tx(
      '可售库存低于安全库存或售罄时间早于预测',
      'Sellable stock below safety stock, or a sell-out earlier than forecast',
    ),
    mitigation: tx(
      '按预估销量 + 安全库存备货，开启库存锁定，与工厂约定快速补货',
      'Stock to forecast plus safety stock, lock inventory, agree fast restocking with the factory',
    ),
    contingency: tx(
      '切换替代款承接流量，开放预售延期发货并告知发货时间，超卖订单主动致歉补偿',
      'Move traffic to a substitute SKU, open pre-orders with a stated ship date, apologise and compensate oversold orders',
    ),
  },
  logisticsDelay: {
    key: 'logisticsDelay',
    description: tx('订单积压，发货或配送超时', 'Orders pile up; shipping or delivery runs late'),
    kind: 'logistics',
    likelihood: 3,
    impact: 4,
    ownerRole: roles.logistics,
    trigger: tx(
      '待发货订单超过仓库日产能或揽收超时',
      'Unshipped orders exceed daily warehouse capacity, or pick-ups are missed',
    ),
    mitigation: tx(
      '提前分仓、预打包、预约临时工与加班车、多家快递备份',
      'Split stock across warehouses, pre-pack, book temporary staff and extra trucks, a second carrier',
    ),
    contingency: tx(
      '优先发预售与高价值订单，启用备用快递，页面与客服同步发货时效并按平台规则赔付',
      'Ship pre-sale and high-value orders first, switch to the backup carrier, state delivery times on pages and in service, compensate per platform rules',
    ),
  },
  complaints: {
    key: 'complaints',
    description: tx(
      '玩法复杂或价保纠纷引发投诉激增',
      'Complex mechanics or price-protection disputes cause a surge of complaints',
    ),
    kind: 'complaints',
    likelihood: 3,
    impact: 3,
    ownerRole: roles.service,
    trigger: tx(
      '咨询量超出坐席承载或差评、投诉率高于日常 2 倍',
      'Enquiries exceed agent capacity, or bad reviews and complaints run at twice the usual rate',
    ),
    mitigation: tx(
      '玩法说明一图读懂，价保规则提前公示，客服培训与话术',
      'A one-picture guide to the mechanics, price-protection rules published, trained agents with scripts',
    ),
    contingency: tx(
      '临时增派坐席与机器人兜底，主管授权快速补偿，统一对外口径',
      'Add agents and chatbot cover, supervisors authorised to compensate quickly, one agreed public statement',
    ),
  },
  sentiment: {
    key: 'sentiment',
    description: tx(
      '社交媒体负面舆情（先涨后降、发货慢、质量问题）',
      'Negative social-media buzz (prices raised before the sale, slow shipping, quality)',
    ),
    kind: 'sentiment',
    likelihood: 2,
    impact: 4,
    ownerRole: roles.marketing,
    trigger: tx(
      '舆情监测出现负面话题或 KOL 负面内容传播',
      'Monitoring picks up a negative topic, or a KOL’s negative post spreads',
    ),
    mitigation: tx(
      '舆情监测、价格合规、与核心达人保持沟通',
      'Monitor sentiment, keep prices compliant, stay in touch with key KOLs',
    ),
    contingency: tx(
      '2 小时内核实并发布说明，必要时致歉与补偿，暂停相关投放',
      'Verify and publish a statement within 2 hours, apologise and compensate where due, pause related ads',
    ),
  },
  channelUnderperforms: {
    key: 'channelUnderperforms',
    description: tx(
      '投放渠道效果不达预期（投产比低、转化差）',
      'A paid channel under-performs (low ROAS, poor conversion)',
    ),
    kind: 'channel',
    likelihood: 3,
    impact: 3,
    ownerRole: roles.ads,
    trigger: tx(
      '某渠道投产比连续 2 天低于目标的 70%',
      'A channel’s ROAS below 70 % of target for two days running',
    ),
    mitigation: tx(
      '分渠道设目标投产比，预热期小额测试素材与人群',
      'Set a target ROAS per channel, test creatives and audiences on small budgets during warm-up',
    ),
    contingency: tx(
      '削减低效渠道预算转投高效渠道，动用预备金，更换素材与定向',
      'Cut the weak channel and move budget to what works, draw on the reserve, change creatives and targeting',
    ),
  },
  compliance: {
    key: 'compliance',
    description: tx(
      '宣传或价格标示违规（广告法绝对化用语、虚构原价、先涨后降）',
      'Non-compliant claims or prices (absolute wording under the Advertising Law, invented reference prices, raising before discounting)',
    ),
    kind: 'compliance',
    likelihood: 2,
    impact: 4,
    ownerRole: roles.legal,
    trigger: tx(
      '平台下架、监管问询或消费者举报',
      'A platform takedown, a regulator’s enquiry or a consumer report',
    ),
    mitigation: tx(
      '全部物料法务审核；划线价以活动前 7 日最低成交价为依据并留存记录',
      'Legal review of all material; reference prices based on the lowest price in the prior 7 days, with records kept',
    ),
    contingency: tx(
      '立即下线相关物料与链接，整改后复审上线，配合调查并留档',
      'Take the material and links down at once, fix and re-review before relaunch, cooperate and keep records',
    ),
  },
  unpaidDeposits: {
    key: 'unpaidDeposits',
    description: tx('预售尾款支付率低于预期', 'Fewer deposits converted to final payments than expected'),
    kind: 'other',
    likelihood: 3,
    impact: 3,
    ownerRole: roles.crm,
    trigger: tx(
      '尾款开启 24 小时内支付率低于去年同期',
      'Final-payment rate in the first 24 hours below last year',
    ),
    mitigation: tx(
      '尾款开启前一天与当天 20:00 前短信/Push 提醒',
      'SMS/push reminders the day before and on the day, before 20:00',
    ),
    contingency: tx(
      '对未付人群加推尾款专享券或赠品，客服外呼高价值订单',
      'Extra final-payment coupons or gifts for unpaid buyers; call high-value orders',
    ),
  },
} satisfies Record<string, TemplateRisk>;
