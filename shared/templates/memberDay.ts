import { check, fs, milestone, risk, ss, task, tx } from './builders';
import { readiness } from './readiness';
import { commonRisks } from './risks';
import { roles as r } from './roles';
import type { CampaignTemplate } from './types';

/**
 * 会员日 (a brand's member day). The peak is the day itself from 00:00, with early access for
 * top-tier members the evening before at 20:00. The work is mostly CRM: segmenting members,
 * designing benefits, reaching each segment in private channels, and measuring repurchase.
 */
export const memberDay: CampaignTemplate = {
  id: 'memberDay',
  planType: 'memberDay',
  name: tx('品牌会员日', 'Brand member day'),
  description: tx(
    '以会员运营为核心：RFM 分层、会员权益与积分、分层触达与入会招募、高等级会员提前购、会员日当天与返场召回，复盘看会员复购与唤醒。',
    'Built around membership: RFM segments, benefits and points, segment-by-segment outreach and sign-ups, early access for top tiers, the day itself and a win-back encore; the review looks at repurchase and reactivation.',
  ),
  startOffset: -35,
  endOffset: 9,
  defaultPlatforms: ['tmall', 'wechat', 'ownSite'],
  defaultCurrency: 'CNY',
  keyMoments: [
    {
      kind: 'firstWave',
      label: tx('高等级会员提前购', 'Early access for top-tier members'),
      offset: -1,
      time: '20:00',
    },
    { kind: 'peak', label: tx('会员日零点', 'Member day 00:00'), offset: 0, time: '00:00' },
  ],
  phases: [
    {
      key: 'prep',
      kind: 'prep',
      name: tx('筹备期', 'Preparation'),
      purpose: tx(
        '会员分层、权益与积分设计、选品、系统配置与物料',
        'Segments, benefits and points, products, system set-up and material',
      ),
      color: '#7c8db5',
      startOffset: -35,
      endOffset: -15,
    },
    {
      key: 'accumulate',
      kind: 'accumulate',
      name: tx('招募蓄水期', 'Sign-ups and accumulation'),
      purpose: tx(
        '入会拉新、沉睡会员唤醒、积分与等级提醒',
        'New members, waking dormant ones, points and tier reminders',
      ),
      color: '#3b9c9c',
      startOffset: -14,
      endOffset: -6,
    },
    {
      key: 'warmup',
      kind: 'warmup',
      name: tx('预热期', 'Warm-up'),
      purpose: tx('会员日预告、券包发放、提前购', 'Announcements, coupon packs, early access'),
      color: '#f2a93b',
      startOffset: -5,
      endOffset: -1,
    },
    {
      key: 'burst',
      kind: 'burst',
      name: tx('会员日', 'Member day'),
      purpose: tx('会员专享价、积分加倍、专场直播', 'Member prices, double points, a members’ live stream'),
      color: '#e03131',
      startOffset: 0,
      endOffset: 0,
    },
    {
      key: 'encore',
      kind: 'encore',
      name: tx('返场期', 'Encore'),
      purpose: tx('召回未到场会员与未核销券', 'Win back members who did not come and unused coupons'),
      color: '#9c36b5',
      startOffset: 1,
      endOffset: 2,
    },
    {
      key: 'review',
      kind: 'review',
      name: tx('复盘', 'Review'),
      purpose: tx('会员活跃、复购、唤醒与入会复盘', 'Review activity, repurchase, reactivation and sign-ups'),
      color: '#2f9e44',
      startOffset: 3,
      endOffset: 9,
    },
  ],
  tasks: [
    task(
      'crmAnalysis',
      'prep',
      'data',
      r.data,
      [-35, -31],
      tx(
        '会员数据盘点：RFM 分层、沉睡与高价值人群',
        'Member data review: RFM segments, dormant and high-value members',
      ),
    ),
    task(
      'goalsAndBudget',
      'prep',
      'operations',
      r.director,
      [-30, -28],
      tx('确定会员日目标与预算', 'Set member-day goals and budget'),
      {
        after: [fs('crmAnalysis')],
      },
    ),
    task(
      'benefitsDesign',
      'prep',
      'operations',
      r.crm,
      [-27, -23],
      tx(
        '会员权益设计：专享价、积分加倍、等级礼与积分兑换',
        'Benefits: member prices, double points, tier gifts and points redemption',
      ),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'productSelection',
      'prep',
      'supply',
      r.merch,
      [-27, -23],
      tx('会员专享选品与定价', 'Member-exclusive products and prices'),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task('budgetApproval', 'prep', 'finance', r.finance, [-27, -25], tx('预算审批', 'Budget approval'), {
      after: [fs('goalsAndBudget')],
    }),
    task(
      'pointsCostCheck',
      'prep',
      'finance',
      r.finance,
      [-22, -20],
      tx('积分兑换与赠品成本核算（积分负债）', 'Cost of points redemption and gifts (points liability)'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'themeKv',
      'prep',
      'design',
      r.design,
      [-22, -19],
      tx('会员日主视觉与会员中心页面设计', 'Member-day key visual and member-centre pages'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'memberSystemSetup',
      'prep',
      'tech',
      r.tech,
      [-22, -12],
      tx(
        '会员系统配置：等级价、积分规则、入会礼、专享券',
        'Member system set-up: tier prices, points rules, joining gift, exclusive coupons',
      ),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'segmentsAndMessaging',
      'prep',
      'marketing',
      r.crm,
      [-22, -17],
      tx('分层触达方案：人群包、文案与发送节奏', 'Outreach by segment: audiences, copy and send schedule'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'giftPrep',
      'prep',
      'supply',
      r.supply,
      [-22, -10],
      tx('入会礼与等级礼备货', 'Stock joining and tier gifts'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'stockPlan',
      'prep',
      'supply',
      r.supply,
      [-22, -18],
      tx('专享商品备货与安全库存', 'Stock and safety stock for member products'),
      {
        after: [fs('productSelection')],
      },
    ),
    task(
      'liveSchedule',
      'prep',
      'marketing',
      r.content,
      [-22, -15],
      tx('会员专场直播与社群直播排期', 'Plan the members’ live stream and group live sessions'),
      {
        after: [fs('benefitsDesign')],
        channel: 'storeLive',
      },
    ),
    task(
      'pagesAndCopy',
      'prep',
      'design',
      r.design,
      [-18, -16],
      tx('会场页、海报与推送素材', 'Venue page, posters and message creatives'),
      {
        after: [fs('themeKv')],
      },
    ),
    task(
      'legalReview',
      'prep',
      'other',
      r.legal,
      [-15, -15],
      tx(
        '物料与活动规则法务审核（积分规则、抽奖合规）',
        'Legal review of material and rules (points terms, lottery rules)',
      ),
      {
        after: [fs('pagesAndCopy')],
      },
    ),
    milestone(
      'materialFreeze',
      'accumulate',
      'design',
      r.design,
      -14,
      null,
      tx('会员日素材冻结', 'Member-day material frozen'),
      {
        after: [fs('legalReview')],
        notes: tx(
          '冻结后只改错误，任何改动须重新法务审核。',
          'After the freeze only errors are fixed; any change goes back through legal review.',
        ),
      },
    ),
    task(
      'recruitment',
      'accumulate',
      'marketing',
      r.crm,
      [-14, -6],
      tx('招募蓄水：入会拉新与沉睡会员唤醒', 'Sign-ups and waking dormant members'),
      {
        after: [fs('segmentsAndMessaging'), fs('legalReview')],
        channel: 'community',
      },
    ),
    task(
      'capacityPlan',
      'accumulate',
      'tech',
      r.tech,
      [-14, -9],
      tx('系统扩容与会员、积分接口限流方案', 'Scaling and rate limits for member and points services'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'pointsReminder',
      'accumulate',
      'marketing',
      r.crm,
      [-10, -6],
      tx('积分到期与等级权益提醒', 'Reminders of expiring points and tier benefits'),
      {
        after: [fs('memberSystemSetup')],
        channel: 'crmPush',
      },
    ),
    task(
      'serviceTraining',
      'accumulate',
      'service',
      r.service,
      [-9, -7],
      tx('客服培训：会员权益、积分与等级问题话术', 'Service training: benefits, points and tier questions'),
      {
        after: [fs('benefitsDesign')],
      },
    ),
    task(
      'couponSetup',
      'accumulate',
      'operations',
      r.ops,
      [-9, -7],
      tx('会员专享券与券包配置', 'Set up member coupons and coupon packs'),
      {
        after: [fs('memberSystemSetup')],
      },
    ),
    task(
      'fullStressTest',
      'accumulate',
      'tech',
      r.tech,
      [-7, -7],
      tx('会员系统与下单链路压测', 'Stress test of the member system and checkout'),
      {
        after: [fs('capacityPlan')],
      },
    ),
    task(
      'stressFixes',
      'accumulate',
      'tech',
      r.tech,
      [-6, -3],
      tx('压测问题修复与复测', 'Fix stress-test findings and re-test'),
      {
        after: [fs('fullStressTest')],
      },
    ),
    task(
      'earlyAccessNotice',
      'warmup',
      'marketing',
      r.crm,
      [-5, -2],
      tx('会员日预告与券包发放', 'Announce the day and send coupon packs'),
      {
        after: [fs('pointsReminder'), fs('materialFreeze')],
        channel: 'crmPush',
      },
    ),
    task(
      'couponTest',
      'warmup',
      'operations',
      r.ops,
      [-3, -2],
      tx(
        '等级价与专享券零点/整点核销测试',
        'Tier prices and member coupons: redemption tests at 00:00 and on the hour',
      ),
      {
        after: [fs('couponSetup'), ss('stressFixes', 3)],
      },
    ),
    task(
      'rehearsal',
      'warmup',
      'operations',
      r.pm,
      [-2, -2],
      tx('跨部门零点演练', 'Cross-department 00:00 rehearsal'),
      {
        after: [fs('stressFixes'), fs('serviceTraining')],
      },
    ),
    task(
      'warRoom',
      'warmup',
      'operations',
      r.pm,
      [-1, 1],
      tx('作战室启动与值守', 'War room opens and stays staffed'),
      {
        after: [fs('rehearsal')],
      },
    ),
    milestone(
      'earlyAccess',
      'warmup',
      'operations',
      r.crm,
      -1,
      '20:00',
      tx('高等级会员提前购开启', 'Early access opens for top-tier members'),
      {
        after: [fs('couponTest'), fs('rehearsal')],
      },
    ),
    milestone(
      'peak',
      'burst',
      'operations',
      r.director,
      0,
      '00:00',
      tx('会员日零点开启', 'Member day opens at 00:00'),
      {
        after: [fs('fullStressTest'), fs('couponTest'), ss('warRoom')],
      },
    ),
    task(
      'liveMonitoring',
      'burst',
      'data',
      r.data,
      [0, 1],
      tx(
        '实时监控：到场会员、核销与积分发放',
        'Live monitoring: members buying, redemptions and points issued',
      ),
      {
        after: [ss('peak')],
      },
    ),
    task('memberLive', 'burst', 'marketing', r.content, [0, 0], tx('会员专场直播', 'Members’ live stream'), {
      after: [ss('peak'), fs('liveSchedule')],
      channel: 'storeLive',
    }),
    task(
      'fulfilment',
      'burst',
      'supply',
      r.logistics,
      [0, 4],
      tx('订单与等级礼发货', 'Ship orders and tier gifts'),
      {
        after: [ss('peak'), fs('giftPrep')],
      },
    ),
    task(
      'encoreWinback',
      'encore',
      'marketing',
      r.crm,
      [1, 2],
      tx('返场：未到场会员与未核销券提醒', 'Encore: remind members who did not come and unused coupons'),
      {
        after: [fs('peak')],
        channel: 'crmPush',
      },
    ),
    task(
      'reviewData',
      'review',
      'data',
      r.data,
      [3, 5],
      tx(
        '复盘数据：分层到场率、复购、唤醒与入会',
        'Review data: turnout by segment, repurchase, reactivation and sign-ups',
      ),
      {
        after: [fs('encoreWinback')],
      },
    ),
    task('reviewMeeting', 'review', 'operations', r.pm, [6, 6], tx('复盘会', 'Review meeting'), {
      after: [fs('reviewData')],
    }),
    task(
      'reviewReport',
      'review',
      'operations',
      r.crm,
      [7, 9],
      tx('复盘报告与下次会员日行动项', 'Review report and actions for the next member day'),
      {
        after: [fs('reviewMeeting')],
      },
    ),
  ],
  goals: [
    {
      key: 'gmv',
      title: tx('会员日会员成交额', 'Member sales on the day'),
      metric: 'gmv',
      unit: 'money',
      baselinePeriod: tx('上一次会员日', 'The previous member day'),
      deadlineOffset: 2,
      ownerRole: r.director,
      rationale: tx(
        '按分层会员数 × 到场率 × 转化率 × 客单价 拆解目标。',
        'Break the target down as members per segment × turnout × conversion × AOV.',
      ),
      weight: 0.3,
    },
    {
      key: 'repurchase',
      title: tx('会员复购率', 'Member repurchase rate'),
      metric: 'repurchase',
      unit: 'rate',
      baselinePeriod: tx('近 90 天日常', 'The usual rate over the last 90 days'),
      deadlineOffset: 9,
      ownerRole: r.crm,
      rationale: tx(
        '会员日的核心价值是提升复购，而不是一次性销售。',
        'A member day is about repurchase, not one-off sales.',
      ),
      weight: 0.2,
    },
    {
      key: 'newMembers',
      title: tx('新入会会员数', 'New members signed up'),
      metric: 'custom',
      unit: 'count',
      baselinePeriod: tx('近 4 周日常入会数', 'Usual sign-ups over the last 4 weeks'),
      deadlineOffset: 0,
      ownerRole: r.crm,
      rationale: tx(
        '入会礼与专享价拉动入会；新会员是后续复购的来源。',
        'Joining gifts and member prices drive sign-ups; new members feed later repurchases.',
      ),
      weight: 0.2,
    },
    {
      key: 'reactivated',
      title: tx('沉睡会员唤醒购买人数', 'Dormant members who buy again'),
      metric: 'buyers',
      unit: 'count',
      baselinePeriod: tx('上一次会员日', 'The previous member day'),
      deadlineOffset: 2,
      ownerRole: r.crm,
      rationale: tx(
        '沉睡会员定义需固定（如 180 天未购），前后一致才可比。',
        'Fix the definition of dormant (e.g. no purchase in 180 days) so periods compare.',
      ),
      weight: 0.15,
    },
    {
      key: 'aov',
      title: tx('会员客单价', 'Member AOV'),
      metric: 'aov',
      unit: 'money',
      baselinePeriod: tx('上一次会员日', 'The previous member day'),
      deadlineOffset: 2,
      ownerRole: r.merch,
      rationale: tx(
        '等级礼门槛与积分加倍引导凑单。',
        'Tier-gift thresholds and double points encourage bigger baskets.',
      ),
      weight: 0.15,
    },
  ],
  channels: [
    {
      key: 'crmPush',
      name: tx('短信、Push 与公众号消息', 'SMS, push and official-account messages'),
      kind: 'messaging',
      notes: tx('仅发给已同意接收的会员', 'Only to members who agreed to receive them'),
    },
    {
      key: 'community',
      name: tx('企微社群与导购', 'WeCom groups and shop assistants'),
      kind: 'privateDomain',
      notes: tx('分层专属券', 'Coupons by segment'),
    },
    {
      key: 'miniProgram',
      name: tx('品牌小程序与会员中心', 'Brand mini-program and member centre'),
      kind: 'privateDomain',
      notes: tx('积分兑换入口', 'Where points are redeemed'),
    },
    {
      key: 'storeLive',
      name: tx('会员专场直播', 'Members’ live stream'),
      kind: 'liveStreaming',
      notes: tx('会员日当晚', 'The evening of the day'),
    },
    {
      key: 'siteAds',
      name: tx('站内老客定向投放', 'On-platform ads to existing customers'),
      kind: 'platformAds',
      notes: tx('召回沉睡会员', 'Wake dormant members'),
    },
    {
      key: 'social',
      name: tx('官方社媒', 'Brand social accounts'),
      kind: 'social',
      notes: tx('会员日预告', 'Announce the day'),
    },
  ],
  budgetCategories: [
    'advertising',
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
        '会员、积分或等级价接口在零点高峰故障',
        'Member, points or tier-price services fail at the 00:00 rush',
      ),
    }),
    {
      key: 'pointsError',
      description: tx(
        '积分计算、等级价或专享券配置错误',
        'Wrong points maths, tier prices or member coupons',
      ),
      kind: 'system',
      likelihood: 3,
      impact: 4,
      ownerRole: r.tech,
      trigger: tx(
        '核销测试或客服反馈发现价格、积分与规则不符',
        'Redemption tests or service find prices or points that break the rules',
      ),
      mitigation: tx(
        '按等级逐一用测试账号验证，规则双人复核',
        'Check each tier with test accounts; two people review every rule',
      ),
      contingency: tx(
        '立即下线错误配置，补发积分或差价，统一口径说明',
        'Take the wrong set-up down at once, top up points or refund the difference, one agreed message',
      ),
    },
    risk(commonRisks.stockOut, {
      description: tx('会员专享款或等级礼提前领完', 'Member products or tier gifts run out early'),
    }),
    risk(commonRisks.complaints, {
      description: tx(
        '会员权益不兑现或等级不符引发投诉',
        'Complaints that benefits were not honoured or tiers are wrong',
      ),
    }),
    commonRisks.sentiment,
    risk(commonRisks.channelUnderperforms, {
      description: tx('触达打开率低或短信被拦截', 'Low open rates, or SMS blocked as spam'),
      trigger: tx(
        '首轮触达打开率低于上次会员日的 70%',
        'First-wave open rate below 70 % of the previous member day',
      ),
    }),
    risk(commonRisks.compliance, {
      description: tx(
        '营销触达未获同意或未提供退订（个人信息保护法）',
        'Marketing sent without consent or without an opt-out (Personal Information Protection Law)',
      ),
      mitigation: tx(
        '发送名单核对同意记录，每条消息带退订方式',
        'Check send lists against consent records; every message carries an opt-out',
      ),
    }),
    commonRisks.logisticsDelay,
  ],
  checklist: [
    check(readiness.legalReview, -15),
    check(readiness.serviceTraining, -7),
    check(readiness.stressTest, -7),
    check(
      {
        key: 'consentList',
        title: tx(
          '触达名单已核对同意与退订（个人信息保护法）',
          'Send lists checked for consent and opt-outs (Personal Information Protection Law)',
        ),
        category: 'legal',
        ownerRole: r.crm,
        notes: tx('剔除已退订与未同意的会员。', 'Remove members who opted out or never agreed.'),
      },
      -6,
    ),
    check(readiness.materialFinal, -5),
    check(readiness.stockCheck, -4),
    check(readiness.logisticsCapacity, -4),
    check(
      {
        key: 'tierPricing',
        title: tx(
          '等级价、积分加倍与专享券按会员等级逐一验证',
          'Tier prices, double points and member coupons verified for every tier',
        ),
        category: 'coupon',
        ownerRole: r.ops,
        notes: tx('每个等级一个测试账号，截图留档。', 'One test account per tier; keep screenshots.'),
      },
      -2,
    ),
    check(readiness.couponTest, -2),
    check(readiness.dashboard, -2),
    check(readiness.rehearsal, -2),
    check(readiness.warRoom, -2),
  ],
};
