import { check, fs, milestone, risk, ss, task, tx } from './builders';
import { readiness } from './readiness';
import { commonRisks } from './risks';
import { roles as r } from './roles';
import type { CampaignTemplate } from './types';

/**
 * 黑五/网一 (Black Friday / Cyber Monday) for a cross-border seller on Amazon US and an own
 * Shopify store. The peak is Black Friday (the day after the fourth Thursday of November); Cyber
 * Monday is three days later. The plan starts ~100 days out because stock goes by sea and must be
 * received at Amazon's warehouses (FBA) weeks before the deals start. Times are the marketplace's
 * local time.
 */
export const blackFriday: CampaignTemplate = {
  id: 'blackFriday',
  planType: 'blackFriday',
  name: tx('黑五/网一 跨境大促', 'Black Friday / Cyber Monday (cross-border)'),
  description: tx(
    '面向 Amazon 美国站与 Shopify 独立站：海运备货与 FBA 入仓、Amazon 秒杀/Prime 专享报名、邮件与社媒预热、黑五周、黑五当天、网一与 Cyber Week 返场。时间为站点当地时间。',
    'For Amazon US and a Shopify store: sea freight and FBA inbound, Amazon deal and Prime-exclusive submissions, email and social warm-up, Black Friday Week, Black Friday, Cyber Monday and the Cyber Week encore. Times are the marketplace’s local time.',
  ),
  startOffset: -100,
  endOffset: 14,
  defaultPlatforms: ['amazon', 'shopify'],
  defaultCurrency: 'USD',
  keyMoments: [
    {
      kind: 'firstWave',
      label: tx('黑五周促销开始', 'Black Friday Week deals start'),
      offset: -7,
      time: '00:00',
    },
    { kind: 'peak', label: tx('黑色星期五', 'Black Friday'), offset: 0, time: '00:00' },
    { kind: 'custom', label: tx('网络星期一', 'Cyber Monday'), offset: 3, time: '00:00' },
  ],
  phases: [
    {
      key: 'prep',
      kind: 'prep',
      name: tx('筹备与备货（海运）', 'Preparation and sea-freight stock'),
      purpose: tx(
        '目标与选品、生产与海运、FBA 入仓、报名促销、物料与合规',
        'Goals and products, production and sea freight, FBA inbound, deal submissions, creatives and compliance',
      ),
      color: '#7c8db5',
      startOffset: -100,
      endOffset: -31,
    },
    {
      key: 'accumulate',
      kind: 'accumulate',
      name: tx('蓄水：订阅与受众积累', 'Accumulation: subscribers and audiences'),
      purpose: tx(
        '邮件/短信订阅、抢先购报名、再营销人群积累',
        'Email/SMS sign-ups, early-access lists, retargeting audiences',
      ),
      color: '#3b9c9c',
      startOffset: -30,
      endOffset: -15,
    },
    {
      key: 'warmup',
      kind: 'warmup',
      name: tx('预热：早鸟与预告', 'Warm-up: early-bird offers and teasers'),
      purpose: tx('早鸟优惠、预告与收藏提醒', 'Early-bird offers, teasers and wish-list reminders'),
      color: '#f2a93b',
      startOffset: -14,
      endOffset: -8,
    },
    {
      key: 'bfWeek',
      kind: 'openingWave',
      name: tx('黑五周', 'Black Friday Week'),
      purpose: tx(
        'Amazon 黑五周促销上线，逐日盯库存、购物车与广告',
        'Amazon’s Black Friday Week deals are live; watch stock, Buy Box and ads daily',
      ),
      color: '#e8590c',
      startOffset: -7,
      endOffset: -1,
    },
    {
      key: 'burst',
      kind: 'burst',
      name: tx('黑五至网一', 'Black Friday to Cyber Monday'),
      purpose: tx(
        '两个高峰日与其间的周末，作战室跨时区值守',
        'Two peak days and the weekend between, war room staffed across time zones',
      ),
      color: '#e03131',
      startOffset: 0,
      endOffset: 3,
    },
    {
      key: 'encore',
      kind: 'encore',
      name: tx('Cyber Week 返场', 'Cyber Week encore'),
      purpose: tx('延长优惠，召回弃购与浏览未买', 'Extended offers; win back abandoned carts and browsers'),
      color: '#9c36b5',
      startOffset: 4,
      endOffset: 7,
    },
    {
      key: 'review',
      kind: 'review',
      name: tx('复盘', 'Review'),
      purpose: tx(
        '对照目标与去年复盘，并为圣诞季调整库存与投放',
        'Review against targets and last year; adjust stock and ads for the holiday season',
      ),
      color: '#2f9e44',
      startOffset: 8,
      endOffset: 14,
    },
  ],
  tasks: [
    task(
      'marketResearch',
      'prep',
      'marketing',
      r.marketing,
      [-100, -94],
      tx(
        '回顾去年黑五并调研类目与竞品促销',
        'Revisit last year’s BFCM; research the category and rivals’ deals',
      ),
    ),
    task(
      'goalsAndBudget',
      'prep',
      'operations',
      r.director,
      [-93, -90],
      tx('确定目标、预算与广告投产比要求', 'Set goals, budget and target ad ROAS'),
      {
        after: [fs('marketResearch')],
      },
    ),
    task(
      'productSelection',
      'prep',
      'supply',
      r.merch,
      [-89, -84],
      tx(
        '选定主推款与促销价（扣除 FBA 费用与广告后的利润）',
        'Pick hero SKUs and deal prices (margin after FBA fees and ads)',
      ),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'mechanics',
      'prep',
      'operations',
      r.ops,
      [-89, -84],
      tx(
        '优惠设计：折扣、满额减、组合装与赠品',
        'Offer design: discounts, spend-and-save tiers, bundles and gifts',
      ),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'budgetApproval',
      'prep',
      'finance',
      r.finance,
      [-89, -86],
      tx('预算审批与渠道分配', 'Budget approval and split across channels'),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'demandForecast',
      'prep',
      'supply',
      r.supply,
      [-83, -80],
      tx('需求预测与采购下单（含安全库存）', 'Demand forecast and purchase orders (with safety stock)'),
      {
        after: [fs('productSelection')],
      },
    ),
    task(
      'adPlan',
      'prep',
      'marketing',
      r.ads,
      [-83, -78],
      tx(
        '投放计划：Amazon 广告、Meta、Google、TikTok（Q4 CPM 上涨）',
        'Paid-media plan: Amazon Ads, Meta, Google, TikTok (Q4 CPMs rise)',
      ),
      {
        after: [fs('mechanics'), fs('budgetApproval')],
        channel: 'amazonAds',
      },
    ),
    task(
      'creativeConcept',
      'prep',
      'design',
      r.design,
      [-83, -74],
      tx('活动创意与主视觉', 'Campaign concept and key visuals'),
      {
        after: [fs('mechanics')],
      },
    ),
    task(
      'influencerBooking',
      'prep',
      'marketing',
      r.content,
      [-80, -50],
      tx(
        '达人与联盟客签约（brief 写明 FTC 披露要求）',
        'Book creators and affiliates (briefs require FTC disclosure)',
      ),
      {
        after: [fs('budgetApproval')],
        channel: 'creators',
      },
    ),
    task(
      'production',
      'prep',
      'supply',
      r.supply,
      [-79, -66],
      tx('工厂生产与验货', 'Factory production and quality inspection'),
      {
        after: [fs('demandForecast')],
      },
    ),
    task(
      'listingOptimization',
      'prep',
      'operations',
      r.ops,
      [-73, -60],
      tx('优化 Listing：A+ 页面、主图与关键词', 'Optimise listings: A+ content, images and keywords'),
      {
        after: [fs('creativeConcept')],
      },
    ),
    task(
      'storefrontBuild',
      'prep',
      'design',
      r.design,
      [-73, -55],
      tx(
        'Shopify 活动页与横幅（在未发布主题上制作）',
        'Shopify landing pages and banners (built on an unpublished theme)',
      ),
      {
        after: [fs('creativeConcept')],
      },
    ),
    task(
      'adCreatives',
      'prep',
      'marketing',
      r.content,
      [-73, -56],
      tx('广告素材与 UGC 视频', 'Ad creatives and UGC videos'),
      {
        after: [fs('creativeConcept')],
        channel: 'metaAds',
      },
    ),
    task(
      'oceanFreight',
      'prep',
      'supply',
      r.logistics,
      [-65, -38],
      tx('海运发货、清关与美国境内派送', 'Sea freight to the US, customs clearance and trucking'),
      {
        after: [fs('production')],
      },
    ),
    task(
      'dealSubmission',
      'prep',
      'operations',
      r.ops,
      [-60, -46],
      tx(
        '报名 Amazon 黑五秒杀/Best Deal、Prime 专享折扣与优惠券',
        'Submit Amazon BFCM Lightning/Best Deals, Prime-exclusive discounts and coupons',
      ),
      {
        after: [fs('productSelection')],
        notes: tx(
          '截止日期以卖家后台当年公告为准，通常在活动前 6–8 周。',
          'Deadlines are announced in Seller Central each year, usually 6–8 weeks ahead.',
        ),
      },
    ),
    task(
      'complianceReview',
      'prep',
      'other',
      r.legal,
      [-54, -48],
      tx(
        '合规审核：参考价、功效宣称、达人披露、邮件与短信授权',
        'Compliance review: reference prices, claims, creator disclosures, email and SMS consent',
      ),
      {
        after: [fs('storefrontBuild'), fs('adCreatives')],
      },
    ),
    task(
      'capacityPlan',
      'prep',
      'tech',
      r.tech,
      [-50, -35],
      tx(
        '独立站就绪：插件排查、页面速度、结账与支付方式、库存同步',
        'Store readiness: app audit, page speed, checkout and payment methods, stock sync',
      ),
      {
        after: [fs('storefrontBuild')],
      },
    ),
    task(
      'emailFlows',
      'prep',
      'marketing',
      r.crm,
      [-45, -31],
      tx('搭建邮件/短信自动化流程与黑五发送日历', 'Build email/SMS flows and the BFCM send calendar'),
      {
        after: [fs('creativeConcept')],
        channel: 'email',
      },
    ),
    task(
      'fbaInbound',
      'prep',
      'supply',
      r.logistics,
      [-37, -31],
      tx('FBA 入仓：预约、送仓与上架', 'FBA inbound: appointments, delivery and receiving'),
      {
        after: [fs('oceanFreight')],
      },
    ),
    milestone(
      'fbaReceived',
      'accumulate',
      'supply',
      r.logistics,
      -30,
      null,
      tx('FBA 库存到仓可售', 'FBA stock received and sellable'),
      {
        after: [fs('fbaInbound')],
      },
    ),
    task(
      'emailListGrowth',
      'accumulate',
      'marketing',
      r.crm,
      [-30, -15],
      tx('扩充邮件/短信订阅：抢先购报名', 'Grow email/SMS subscribers with early-access sign-ups'),
      {
        after: [fs('complianceReview'), fs('emailFlows')],
        channel: 'email',
      },
    ),
    task(
      'serviceTraining',
      'accumulate',
      'service',
      r.service,
      [-21, -16],
      tx(
        '客服培训与模板：优惠、发货截止、退换，覆盖美国时段',
        'Service training and macros: offers, shipping cut-offs, returns; US-hours cover',
      ),
      {
        after: [fs('mechanics')],
      },
    ),
    task(
      'adsWarmup',
      'accumulate',
      'marketing',
      r.ads,
      [-21, -15],
      tx('广告账户预热与再营销人群', 'Warm up ad accounts and retargeting audiences'),
      {
        after: [fs('adPlan'), fs('adCreatives')],
        channel: 'metaAds',
      },
    ),
    milestone(
      'materialFreeze',
      'warmup',
      'design',
      r.design,
      -14,
      null,
      tx('素材与页面冻结', 'Creatives and pages frozen'),
      {
        after: [fs('complianceReview')],
        notes: tx(
          '冻结后只改错误，改动须重新合规审核。',
          'After the freeze only errors are fixed; changes go back through compliance review.',
        ),
      },
    ),
    task(
      'earlyDeals',
      'warmup',
      'operations',
      r.crm,
      [-14, -8],
      tx('早鸟优惠与订阅用户预告', 'Early-bird offers and teasers to subscribers'),
      {
        after: [fs('dealSubmission'), ss('materialFreeze')],
        channel: 'email',
      },
    ),
    task(
      'fullStressTest',
      'warmup',
      'tech',
      r.tech,
      [-9, -9],
      tx('独立站压测与结账全流程演练', 'Load test of the store and a full checkout drill'),
      {
        after: [fs('capacityPlan')],
      },
    ),
    task(
      'stressFixes',
      'warmup',
      'tech',
      r.tech,
      [-8, -6],
      tx('压测问题修复与复测', 'Fix load-test findings and re-test'),
      {
        after: [fs('fullStressTest')],
      },
    ),
    milestone(
      'bfWeekStart',
      'bfWeek',
      'operations',
      r.ops,
      -7,
      '00:00',
      tx('黑五周促销上线', 'Black Friday Week deals go live'),
      {
        after: [fs('earlyDeals'), fs('fbaReceived')],
      },
    ),
    task(
      'dealMonitoring',
      'bfWeek',
      'operations',
      r.ops,
      [-7, -1],
      tx('逐日盯促销表现、购物车与库存', 'Watch deal performance, Buy Box and stock daily'),
      {
        after: [ss('bfWeekStart')],
      },
    ),
    task(
      'couponTest',
      'bfWeek',
      'operations',
      r.ops,
      [-3, -2],
      tx(
        '折扣码与自动折扣零点（站点时间）生效测试',
        'Test discount codes and automatic discounts at 00:00 store time',
      ),
      {
        after: [fs('stressFixes')],
      },
    ),
    task(
      'rehearsal',
      'bfWeek',
      'operations',
      r.pm,
      [-2, -2],
      tx('跨时区值守演练与故障预案', 'Cross-time-zone duty rehearsal and incident plans'),
      {
        after: [fs('stressFixes'), fs('serviceTraining')],
      },
    ),
    task(
      'warRoom',
      'bfWeek',
      'operations',
      r.pm,
      [-1, 3],
      tx('作战室跨时区值守（国内白天/美国夜间）', 'War room across time zones (China day / US night)'),
      {
        after: [fs('rehearsal')],
      },
    ),
    milestone(
      'peak',
      'burst',
      'operations',
      r.director,
      0,
      '00:00',
      tx('黑五：零点（站点时间）全面开促', 'Black Friday: full deals from 00:00 store time'),
      {
        after: [fs('fullStressTest'), fs('couponTest'), ss('warRoom')],
      },
    ),
    task(
      'fulfilment',
      'burst',
      'supply',
      r.logistics,
      [0, 7],
      tx('独立站订单 3PL 发货与 FBA 补货监控', 'Ship store orders via the 3PL; watch FBA stock for restocks'),
      {
        after: [ss('peak')],
      },
    ),
    milestone(
      'cyberMonday',
      'burst',
      'operations',
      r.ops,
      3,
      '00:00',
      tx('网一优惠上线', 'Cyber Monday offers go live'),
      {
        after: [fs('peak', 2)],
      },
    ),
    task(
      'cyberWeek',
      'encore',
      'operations',
      r.crm,
      [4, 7],
      tx('Cyber Week 延长优惠与弃购召回', 'Cyber Week extension and abandoned-cart win-back'),
      {
        after: [fs('cyberMonday')],
        channel: 'email',
      },
    ),
    task(
      'reviewData',
      'review',
      'data',
      r.data,
      [8, 10],
      tx('复盘数据整理与渠道归因', 'Review data and channel attribution'),
      {
        after: [fs('cyberWeek')],
      },
    ),
    task('reviewMeeting', 'review', 'operations', r.pm, [11, 11], tx('复盘会', 'Review meeting'), {
      after: [fs('reviewData')],
    }),
    task(
      'reviewReport',
      'review',
      'operations',
      r.ops,
      [12, 14],
      tx('复盘报告与圣诞季调整', 'Review report and holiday-season adjustments'),
      {
        after: [fs('reviewMeeting')],
      },
    ),
  ],
  goals: [
    {
      key: 'gmv',
      title: tx('黑五至网一销售额同比增长', 'BFCM sales, year over year'),
      metric: 'gmv',
      unit: 'money',
      baselinePeriod: tx('去年黑五至网一', 'Last year’s Black Friday to Cyber Monday'),
      deadlineOffset: 3,
      ownerRole: r.director,
      rationale: tx(
        '按流量 × 转化率 × 客单价 拆解；可售库存是上限，目标须与到仓库存相符。',
        'Break it down as traffic × conversion × AOV; sellable stock caps it, so the target must match the stock received.',
      ),
      weight: 0.35,
    },
    {
      key: 'conversion',
      title: tx('黑五周转化率提升', 'Higher conversion during Black Friday Week'),
      metric: 'conversion',
      unit: 'rate',
      baselinePeriod: tx('10 月日常', 'A normal October'),
      deadlineOffset: 3,
      ownerRole: r.ops,
      rationale: tx(
        '促销标识与 Listing 质量决定转化；以 10 月日常为基线。',
        'Deal badges and listing quality drive conversion; October is the baseline.',
      ),
      weight: 0.15,
    },
    {
      key: 'roas',
      title: tx('广告投产比（销售额 ÷ 广告花费）', 'Ad ROAS (sales ÷ ad spend)'),
      metric: 'roas',
      unit: 'ratio',
      baselinePeriod: tx('去年黑五至网一', 'Last year’s Black Friday to Cyber Monday'),
      deadlineOffset: 7,
      ownerRole: r.ads,
      rationale: tx(
        'Q4 竞价上涨，投产比通常低于日常；按渠道设下限并每日复核。',
        'Q4 bids rise and ROAS usually drops below normal; set a floor per channel and check it daily.',
      ),
      weight: 0.2,
    },
    {
      key: 'newCustomers',
      title: tx('新客数（独立站首单用户）', 'New customers (first orders in the own store)'),
      metric: 'newCustomers',
      unit: 'count',
      baselinePeriod: tx('去年黑五至网一', 'Last year’s Black Friday to Cyber Monday'),
      deadlineOffset: 7,
      ownerRole: r.crm,
      rationale: tx(
        '黑五新客是圣诞季与来年复购的基础。',
        'Black Friday customers are the base for holiday and next-year repurchases.',
      ),
      weight: 0.15,
    },
    {
      key: 'grossMargin',
      title: tx(
        '扣除平台费用与广告后的毛利率不低于底线',
        'Margin after platform fees and ads at or above the floor',
      ),
      metric: 'grossMargin',
      unit: 'rate',
      baselinePeriod: tx('去年黑五至网一', 'Last year’s Black Friday to Cyber Monday'),
      deadlineOffset: 14,
      ownerRole: r.finance,
      rationale: tx(
        '深度折扣、FBA 费用与高 CPM 叠加易亏损；毛利底线约束折扣深度。',
        'Deep discounts, FBA fees and high CPMs add up to losses; a margin floor limits discount depth.',
      ),
      weight: 0.15,
    },
  ],
  channels: [
    {
      key: 'amazonAds',
      name: tx('Amazon 广告（商品/品牌/展示推广）', 'Amazon Ads (Sponsored Products, Brands, Display)'),
      kind: 'platformAds',
      notes: tx('黑五周前提高预算上限', 'Raise budget caps before Black Friday Week'),
    },
    {
      key: 'metaAds',
      name: tx('Meta 广告（Facebook/Instagram）', 'Meta ads (Facebook/Instagram)'),
      kind: 'social',
      notes: tx('再营销与相似受众', 'Retargeting and lookalike audiences'),
    },
    {
      key: 'googleAds',
      name: tx('Google 搜索与购物广告', 'Google Search and Shopping ads'),
      kind: 'searchAds',
      notes: tx('品牌词保护', 'Protect brand keywords'),
    },
    {
      key: 'tiktok',
      name: tx('TikTok 广告与短视频', 'TikTok ads and short videos'),
      kind: 'social',
      notes: tx('UGC 素材', 'UGC creatives'),
    },
    {
      key: 'creators',
      name: tx('达人与联盟客', 'Creators and affiliates'),
      kind: 'kol',
      notes: tx('佣金制为主', 'Mostly commission-based'),
    },
    {
      key: 'email',
      name: tx('邮件与短信（Klaviyo）', 'Email and SMS (Klaviyo)'),
      kind: 'messaging',
      notes: tx('仅发给已授权订阅者', 'Only to subscribers who opted in'),
    },
    {
      key: 'dealSites',
      name: tx('折扣站（如 Slickdeals）', 'Deal sites (e.g. Slickdeals)'),
      kind: 'partners',
      notes: tx('核对折扣码滥用', 'Watch for discount-code leakage'),
    },
  ],
  budgetCategories: [
    'advertising',
    'kol',
    'discount',
    'gifts',
    'material',
    'tech',
    'logistics',
    'staffing',
    'reserve',
  ],
  risks: [
    risk(commonRisks.systemOutage, {
      description: tx(
        '独立站高峰期插件或支付故障导致结账失败',
        'Store apps or payments fail at peak and checkout breaks',
      ),
      trigger: tx(
        '结账转化率骤降或支付失败率 > 2%',
        'Checkout conversion drops sharply or payment failures exceed 2 %',
      ),
      mitigation: tx(
        '压测、精简插件、备用支付方式、页面缓存',
        'Load test, fewer apps, a backup payment method, cached pages',
      ),
      contingency: tx(
        '关闭故障插件、切换备用支付，邮件告知并延长优惠',
        'Switch off the failing app, move to the backup payment, email customers and extend the offer',
      ),
    }),
    risk(commonRisks.stockOut, {
      description: tx(
        'FBA 库存提前断货（海运补货需 6–8 周）',
        'FBA stock runs out early (sea-freight restock takes 6–8 weeks)',
      ),
      mitigation: tx(
        '按预测 + 安全库存备货，分批入仓，国内留备货',
        'Stock to forecast plus safety stock, ship in batches, keep reserve stock in China',
      ),
      contingency: tx(
        '空运补货、启用自发货（FBM）、下调广告避免断货后空烧',
        'Air-freight restock, switch to merchant fulfilment (FBM), cut ads so spend does not run on empty listings',
      ),
    }),
    risk(commonRisks.logisticsDelay, {
      description: tx(
        '海运延误、港口拥堵或 FBA 入仓排队',
        'Sea-freight delays, port congestion or an FBA receiving backlog',
      ),
      trigger: tx(
        '船期延误超过 7 天或入仓预约排不上',
        'Sailing delayed by more than 7 days, or no FBA appointment available',
      ),
      mitigation: tx(
        '提前订舱、预留 2 周缓冲、多仓分散',
        'Book early, keep two weeks of buffer, spread across warehouses',
      ),
      contingency: tx(
        '部分改空运、用海外仓中转、调整参加促销的 SKU',
        'Move part to air, route via a third-party warehouse, change which SKUs join the deals',
      ),
    }),
    risk(commonRisks.complaints, {
      description: tx(
        '退货、差评与拒付（chargeback）激增',
        'A surge of returns, bad reviews and chargebacks',
      ),
    }),
    commonRisks.channelUnderperforms,
    risk(commonRisks.compliance, {
      description: tx(
        '参考价、功效宣称或达人披露不合规（FTC）',
        'Non-compliant reference prices, claims or creator disclosures (FTC)',
      ),
      mitigation: tx(
        '参考价须为近期真实售价；达人内容标注 #ad；邮件短信仅发已授权用户',
        'Reference prices must be real recent prices; creator posts say #ad; email and SMS only to opted-in users',
      ),
    }),
    {
      key: 'dealRejected',
      description: tx('Amazon 促销未通过审核或被取消', 'An Amazon deal is not approved or is cancelled'),
      kind: 'channel',
      likelihood: 3,
      impact: 4,
      ownerRole: r.ops,
      trigger: tx(
        '卖家后台显示促销未获批或被暂停',
        'Seller Central shows the deal as not approved or suspended',
      ),
      mitigation: tx(
        '提前报名，确认价格与评分满足要求，多报几个 SKU',
        'Submit early, confirm price and rating requirements, submit several SKUs',
      ),
      contingency: tx(
        '改用优惠券与 Prime 专享折扣，加投站内广告承接',
        'Use coupons and Prime-exclusive discounts instead; add Amazon ads to carry the traffic',
      ),
    },
    {
      key: 'listingSuppressed',
      description: tx('Listing 被抑制、购物车丢失或被跟卖', 'Listing suppressed, Buy Box lost or hijacked'),
      kind: 'other',
      likelihood: 2,
      impact: 4,
      ownerRole: r.ops,
      trigger: tx(
        '黑五周每日巡检发现购物车或 Listing 异常',
        'Daily Black Friday Week checks find a Buy Box or listing problem',
      ),
      mitigation: tx(
        '品牌备案、每日巡检、保持价格与库存健康',
        'Brand Registry, daily checks, keep price and stock healthy',
      ),
      contingency: tx(
        '立即开案例联系卖家支持，投诉跟卖，流量转向独立站',
        'Open a case with Seller Support at once, report hijackers, move traffic to the own store',
      ),
    },
  ],
  checklist: [
    check(
      {
        key: 'complianceReview',
        title: tx(
          '合规：参考价依据、功效宣称、FTC 达人披露、邮件短信授权',
          'Compliance: reference-price evidence, claims, FTC creator disclosure, email/SMS consent',
        ),
        category: 'legal',
        ownerRole: r.legal,
        notes: tx(
          '参考价留存近期真实成交记录；产品认证（如 FCC、CPSC 要求）齐全。',
          'Keep records of real recent prices behind reference prices; product certifications (e.g. FCC, CPSC) in order.',
        ),
      },
      -48,
    ),
    check(
      {
        key: 'fbaStock',
        title: tx(
          'FBA 库存到仓可售，3PL 产能与承运商旺季附加费确认',
          'FBA stock received; 3PL capacity and carrier peak surcharges confirmed',
        ),
        category: 'logistics',
        ownerRole: r.logistics,
        notes: tx('核对每个 SKU 的可售数量与在途数量。', 'Check sellable and inbound quantities SKU by SKU.'),
      },
      -30,
    ),
    check(
      {
        key: 'serviceMacros',
        title: tx(
          '客服培训与模板：优惠、发货截止、退换与拒付处理，美国时段排班',
          'Service training and macros: offers, shipping cut-offs, returns and chargebacks; US-hours rota',
        ),
        category: 'training',
        ownerRole: r.service,
        notes: tx(
          '节日季延长退货期的口径统一。',
          'One agreed wording for the extended holiday returns window.',
        ),
      },
      -16,
    ),
    check(readiness.materialFinal, -14),
    check(readiness.stockCheck, -10),
    check(readiness.stressTest, -9),
    check(
      {
        key: 'dealPrices',
        title: tx(
          '价格巡检：促销价满足 Amazon 促销要求且不破毛利底线',
          'Price audit: deal prices meet Amazon’s deal rules and the margin floor',
        ),
        category: 'coupon',
        ownerRole: r.merch,
        notes: tx(
          '以卖家后台当年规则为准（如不高于近期最低价）。',
          'Follow this year’s Seller Central rules (e.g. no higher than the recent lowest price).',
        ),
      },
      -8,
    ),
    check(readiness.dashboard, -3),
    check(readiness.couponTest, -3),
    check(readiness.rehearsal, -2),
    check(readiness.warRoom, -2),
  ],
};
