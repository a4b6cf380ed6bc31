import { tx } from './builders';
import { roles } from './roles';
import type { TemplateChecklistItem } from './types';

type ReadinessItem = Omit<TemplateChecklistItem, 'dueOffset'>;

/**
 * The readiness checklist items every big promotion shares. Templates pick from these with their
 * own due day (see `check`) and add the items that belong to their type only.
 */
export const readiness = {
  stressTest: {
    key: 'stressTest',
    title: tx(
      '全链路压测通过（下单、支付、库存扣减、优惠计算）',
      'Full-link stress test passed (order, payment, stock, discount maths)',
    ),
    category: 'tech',
    ownerRole: roles.tech,
    notes: tx(
      '按预估峰值流量的 1.5–2 倍压测；确认缓存、限流、降级开关与备用服务器。',
      'Load at 1.5–2× the forecast peak; confirm caching, rate limits, degrade switches and standby servers.',
    ),
  },
  couponTest: {
    key: 'couponTest',
    title: tx(
      '优惠券与满减：配置核对与零点/整点核销测试',
      'Coupons and thresholds: set-up review and redemption tests at 00:00 and on the hour',
    ),
    category: 'coupon',
    ownerRole: roles.ops,
    notes: tx(
      '用真实账号在测试时段验证生效时间、门槛、叠加规则、限领数量与库存；截图留档。',
      'With real test accounts check start times, thresholds, stacking, claim limits and quantities; keep screenshots.',
    ),
  },
  priceCheck: {
    key: 'priceCheck',
    title: tx(
      '价格巡检：到手价、划线价与叠券后最低价',
      'Price audit: net price, reference price and lowest price after stacking',
    ),
    category: 'coupon',
    ownerRole: roles.merch,
    notes: tx(
      '防止叠加后低于成本价（破价）；划线价须有依据（活动前 7 日内最低成交价）。',
      'Prevent stacked prices below cost; a struck-through reference price must be justified (lowest price in the 7 days before).',
    ),
  },
  legalReview: {
    key: 'legalReview',
    title: tx(
      '物料法务审核：广告法用语、价格标示、赠品与抽奖规则',
      'Legal review of material: Advertising Law wording, price claims, gift and lottery rules',
    ),
    category: 'legal',
    ownerRole: roles.legal,
    notes: tx(
      '禁用"最""第一""国家级"等绝对化用语；功效宣称须有依据；活动规则写明时间、门槛与解释权以外的限制。',
      'No absolute claims ("best", "No. 1", "national-level"); efficacy claims need evidence; rules state times, thresholds and limits.',
    ),
  },
  serviceTraining: {
    key: 'serviceTraining',
    title: tx(
      '客服培训与话术：玩法、价保、发货时效、退换规则',
      'Customer-service training and scripts: mechanics, price protection, delivery times, returns',
    ),
    category: 'training',
    ownerRole: roles.service,
    notes: tx(
      '更新快捷短语与机器人知识库；高峰期排班与外包坐席到位。',
      'Update quick replies and the chatbot knowledge base; peak rota and outsourced agents confirmed.',
    ),
  },
  logisticsCapacity: {
    key: 'logisticsCapacity',
    title: tx(
      '物流产能确认：快递揽收量、仓内人力、包材与面单',
      'Logistics capacity confirmed: carrier pick-up volume, warehouse staff, packaging and labels',
    ),
    category: 'logistics',
    ownerRole: roles.logistics,
    notes: tx(
      '与快递确认每日揽收上限和加班车；发货时效承诺与平台规则一致。',
      'Agree daily pick-up limits and extra trucks with carriers; shipping promises match platform rules.',
    ),
  },
  stockCheck: {
    key: 'stockCheck',
    title: tx(
      '库存与安全库存核对，超卖防护开启',
      'Stock and safety stock checked, overselling protection on',
    ),
    category: 'stock',
    ownerRole: roles.supply,
    notes: tx(
      '主推款按预估销量备货并设安全库存；确认补货周期与 B 计划（替代款/预售发货）。',
      'Hero SKUs stocked to forecast plus safety stock; restock lead time and plan B (substitute SKU, later shipping) confirmed.',
    ),
  },
  warRoom: {
    key: 'warRoom',
    title: tx(
      '作战室就绪：值班表、升级路径、数据大屏、应急联系人',
      'War room ready: duty roster, escalation path, live dashboard, emergency contacts',
    ),
    category: 'rehearsal',
    ownerRole: roles.pm,
    notes: tx(
      '每个关键时点有明确负责人与决策人；平台小二与服务商联系方式在册。',
      'Every key moment has a named owner and decision-maker; platform and vendor contacts listed.',
    ),
  },
  rehearsal: {
    key: 'rehearsal',
    title: tx(
      '跨部门演练：零点流程与故障预案走查',
      'Cross-department rehearsal: the 00:00 run-through and incident drills',
    ),
    category: 'rehearsal',
    ownerRole: roles.pm,
    notes: tx(
      '运营、技术、客服、仓储一起按时间线走一遍，演练宕机、超卖、券异常三个预案。',
      'Ops, tech, service and warehouse walk the timeline together and drill outage, oversell and coupon-fault plans.',
    ),
  },
  dashboard: {
    key: 'dashboard',
    title: tx('实时数据看板与预警阈值配置', 'Live dashboard and alert thresholds set up'),
    category: 'tech',
    ownerRole: roles.data,
    notes: tx(
      'UV、转化率、客单价、GMV、分渠道投产比、券领取/核销、单品销量与库存。',
      'UV, conversion, AOV, GMV, ROAS by channel, coupon claims/redemptions, sales and stock per SKU.',
    ),
  },
  materialFinal: {
    key: 'materialFinal',
    title: tx(
      '全部页面与素材终版上线前走查（链接、价格、时间）',
      'Final walk-through of pages and material (links, prices, times)',
    ),
    category: 'material',
    ownerRole: roles.design,
    notes: tx(
      '逐页核对跳转链接、价格与活动时间，移动端与 PC 端都看。',
      'Check every link, price and campaign time page by page, on mobile and desktop.',
    ),
  },
  depositLinks: {
    key: 'depositLinks',
    title: tx('定金/尾款链接与膨胀金额核对', 'Deposit and final-payment links and boost amounts checked'),
    category: 'coupon',
    ownerRole: roles.ops,
    notes: tx(
      '逐个 SKU 核对定金、膨胀后抵扣与尾款时间。',
      'Check deposit, boosted credit and final-payment time SKU by SKU.',
    ),
  },
} satisfies Record<string, ReadinessItem>;
