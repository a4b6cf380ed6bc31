import { check, fs, milestone, risk, ss, task, tx } from './builders';
import { readiness } from './readiness';
import { commonRisks } from './risks';
import { roles as r } from './roles';
import type { CampaignTemplate } from './types';

/**
 * 新品上市 (a new-product launch). The peak is the launch moment, here the launch live stream at
 * 20:00. Planning runs backwards from it: positioning and pricing, first production run, seeding
 * with reviewers weeks before (种草), reservations a week out, then two weeks of word of mouth.
 * There is no last year for a new product: baselines come from the previous launch in the category.
 */
export const newProduct: CampaignTemplate = {
  id: 'newProduct',
  planType: 'newProduct',
  name: tx('新品上市', 'New-product launch'),
  description: tx(
    '从市场洞察、定位定价、首批生产与寄样种草，到预约、首发直播开售与首发后口碑放大。基线取同品类上一次新品首发。',
    'From market insight, positioning and pricing, the first production run and seeding with reviewers, to reservations, the launch live stream and word of mouth after it. Baselines come from the previous launch in the category.',
  ),
  startOffset: -75,
  endOffset: 21,
  defaultPlatforms: ['tmall', 'jd', 'douyin', 'xiaohongshu'],
  defaultCurrency: 'CNY',
  keyMoments: [
    { kind: 'presaleStart', label: tx('开启预约', 'Reservations open'), offset: -7, time: '10:00' },
    {
      kind: 'peak',
      label: tx('首发开售（首发直播）', 'Launch: on sale in the launch live stream'),
      offset: 0,
      time: '20:00',
    },
  ],
  phases: [
    {
      key: 'prep',
      kind: 'prep',
      name: tx('筹备期', 'Preparation'),
      purpose: tx(
        '洞察、定位、定价、上市方案、首批生产、资质与物料',
        'Insight, positioning, pricing, launch plan, first production run, certificates and material',
      ),
      color: '#7c8db5',
      startOffset: -75,
      endOffset: -29,
    },
    {
      key: 'seeding',
      kind: 'accumulate',
      name: tx('种草期', 'Seeding'),
      purpose: tx(
        '达人测评与笔记集中发布，积累真实口碑与搜索',
        'Reviewer content goes out; real word of mouth and search build up',
      ),
      color: '#3b9c9c',
      startOffset: -28,
      endOffset: -15,
    },
    {
      key: 'warmup',
      kind: 'warmup',
      name: tx('预热期', 'Warm-up'),
      purpose: tx('悬念预告、开启预约、首发倒计时', 'Teasers, reservations and the countdown to launch'),
      color: '#f2a93b',
      startOffset: -14,
      endOffset: -1,
    },
    {
      key: 'launch',
      kind: 'burst',
      name: tx('首发期', 'Launch'),
      purpose: tx(
        '首发直播开售、官宣与达人同步发布',
        'On sale in the launch live stream; announcement and reviewers publish together',
      ),
      color: '#e03131',
      startOffset: 0,
      endOffset: 2,
    },
    {
      key: 'encore',
      kind: 'encore',
      name: tx('首发后持续转化', 'After launch'),
      purpose: tx(
        '买家秀与 UGC 放大口碑，再营销未买人群',
        'Buyer photos and UGC amplify word of mouth; retarget those who did not buy',
      ),
      color: '#9c36b5',
      startOffset: 3,
      endOffset: 14,
    },
    {
      key: 'review',
      kind: 'review',
      name: tx('复盘', 'Review'),
      purpose: tx(
        '验证卖点与定价，决定常规化运营方案',
        'Test the selling points and price; decide how to run the product from now on',
      ),
      color: '#2f9e44',
      startOffset: 15,
      endOffset: 21,
    },
  ],
  tasks: [
    task(
      'marketInsight',
      'prep',
      'marketing',
      r.marketing,
      [-75, -68],
      tx(
        '市场洞察与竞品分析：目标人群、价格带、卖点',
        'Market insight and competitors: target audience, price band, selling points',
      ),
    ),
    task(
      'positioning',
      'prep',
      'marketing',
      r.marketing,
      [-67, -62],
      tx('产品定位、核心卖点与命名', 'Positioning, key selling points and naming'),
      {
        after: [fs('marketInsight')],
      },
    ),
    task(
      'goalsAndBudget',
      'prep',
      'operations',
      r.director,
      [-61, -59],
      tx('确定上市目标与预算', 'Set launch goals and budget'),
      {
        after: [fs('positioning')],
      },
    ),
    task(
      'pricing',
      'prep',
      'supply',
      r.merch,
      [-58, -54],
      tx('价格体系：首发价、日常价与渠道价', 'Price ladder: launch, everyday and channel prices'),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'launchPlan',
      'prep',
      'operations',
      r.ops,
      [-58, -52],
      tx(
        '上市方案与首发玩法（首发价、预约礼、新品频道报名）',
        'Launch plan and mechanics (launch price, reservation gift, new-product channel sign-up)',
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
      [-58, -55],
      tx('预算审批与渠道分配', 'Budget approval and split across channels'),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'productionRamp',
      'prep',
      'supply',
      r.supply,
      [-58, -30],
      tx('首批生产与质检', 'First production run and quality control'),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'qualification',
      'prep',
      'other',
      r.legal,
      [-58, -45],
      tx(
        '资质与检测报告：功效宣称依据、备案',
        'Certificates and test reports: evidence for claims, registrations',
      ),
      {
        after: [fs('goalsAndBudget')],
      },
    ),
    task(
      'kvAndPackshots',
      'prep',
      'design',
      r.design,
      [-51, -42],
      tx('主视觉 KV、产品图与包装展示', 'Key visual, product shots and packaging'),
      {
        after: [fs('launchPlan')],
      },
    ),
    task(
      'kolSeedingPlan',
      'prep',
      'marketing',
      r.content,
      [-51, -40],
      tx('种草计划：测评达人筛选与签约', 'Seeding plan: choose and contract reviewers'),
      {
        after: [fs('launchPlan'), fs('budgetApproval')],
        channel: 'reviewers',
      },
    ),
    task(
      'adPlan',
      'prep',
      'marketing',
      r.ads,
      [-51, -45],
      tx(
        '投放计划：新品频道、站内推广与信息流',
        'Paid-media plan: new-product channel, on-platform and feed ads',
      ),
      {
        after: [fs('launchPlan'), fs('budgetApproval')],
        channel: 'siteAds',
      },
    ),
    task(
      'capacityPlan',
      'prep',
      'tech',
      r.tech,
      [-45, -30],
      tx('首发页面与库存系统准备（限购、防刷）', 'Launch pages and stock system (purchase limits, anti-bot)'),
      {
        after: [fs('launchPlan')],
      },
    ),
    task(
      'detailPage',
      'prep',
      'design',
      r.design,
      [-41, -32],
      tx('详情页与卖点图', 'Detail page and selling-point images'),
      {
        after: [fs('kvAndPackshots')],
      },
    ),
    task(
      'launchVideo',
      'prep',
      'marketing',
      r.content,
      [-41, -30],
      tx('新品视频：功能演示与使用场景', 'Launch video: demo and use cases'),
      {
        after: [fs('kvAndPackshots')],
      },
    ),
    task(
      'sampling',
      'prep',
      'supply',
      r.supply,
      [-39, -30],
      tx('寄样与试用装发放', 'Send samples and trial units'),
      {
        after: [fs('kolSeedingPlan'), ss('productionRamp', 5)],
      },
    ),
    task(
      'stockInbound',
      'prep',
      'supply',
      r.logistics,
      [-29, -20],
      tx('首批入仓', 'First run into the warehouse'),
      {
        after: [fs('productionRamp')],
      },
    ),
    task(
      'legalReview',
      'prep',
      'other',
      r.legal,
      [-29, -26],
      tx(
        '物料法务审核（广告法用语、功效宣称依据）',
        'Legal review of material (Advertising Law wording, evidence for claims)',
      ),
      {
        after: [fs('detailPage'), fs('launchVideo'), fs('qualification')],
      },
    ),
    task(
      'seedingPosts',
      'seeding',
      'marketing',
      r.content,
      [-28, -15],
      tx('达人测评与小红书笔记集中发布', 'Reviewer videos and Xiaohongshu notes go out'),
      {
        after: [fs('sampling')],
        channel: 'seeding',
        notes: tx(
          '达人内容须标注广告并经审核；严禁刷单与虚假评价。',
          'Creator posts must be marked as ads and reviewed; no fake orders or reviews.',
        ),
      },
    ),
    task(
      'trialFeedback',
      'seeding',
      'service',
      r.service,
      [-25, -18],
      tx('收集试用反馈并整理 FAQ', 'Collect trial feedback and write the FAQ'),
      {
        after: [fs('sampling')],
      },
    ),
    task(
      'couponSetup',
      'seeding',
      'operations',
      r.ops,
      [-20, -16],
      tx('首发价、预约礼与优惠券配置', 'Set up the launch price, reservation gift and coupons'),
      {
        after: [fs('launchPlan'), fs('pricing')],
      },
    ),
    task(
      'serviceTraining',
      'seeding',
      'service',
      r.service,
      [-17, -15],
      tx(
        '客服新品培训：卖点、使用方法、常见问题',
        'Service training on the product: selling points, how to use it, FAQ',
      ),
      {
        after: [fs('trialFeedback')],
      },
    ),
    milestone(
      'materialFreeze',
      'warmup',
      'design',
      r.design,
      -14,
      null,
      tx('首发素材冻结', 'Launch material frozen'),
      {
        after: [fs('legalReview')],
        notes: tx(
          '冻结后只改错误，任何改动须重新法务审核。',
          'After the freeze only errors are fixed; any change goes back through legal review.',
        ),
      },
    ),
    task(
      'teaser',
      'warmup',
      'marketing',
      r.marketing,
      [-14, -8],
      tx('悬念预告与首发倒计时', 'Teasers and the launch countdown'),
      {
        after: [fs('seedingPosts'), ss('materialFreeze')],
        channel: 'social',
      },
    ),
    milestone(
      'reservationOpen',
      'warmup',
      'operations',
      r.ops,
      -7,
      '10:00',
      tx('开启预约', 'Reservations open'),
      {
        after: [fs('couponSetup'), ss('teaser', 7)],
      },
    ),
    task(
      'fullStressTest',
      'warmup',
      'tech',
      r.tech,
      // Done the day before reservations open at T-7, the first traffic peak.
      [-8, -8],
      tx('首发压测：抢购、限购与防刷', 'Launch stress test: rush, purchase limits and anti-bot'),
      {
        after: [fs('capacityPlan')],
      },
    ),
    task(
      'stressFixes',
      'warmup',
      'tech',
      r.tech,
      [-6, -3],
      tx('压测问题修复与复测', 'Fix stress-test findings and re-test'),
      {
        after: [fs('fullStressTest')],
      },
    ),
    task(
      'couponTest',
      'warmup',
      'operations',
      r.ops,
      [-3, -2],
      tx('首发价与券在开售时点生效测试', 'Test that launch price and coupons start at the launch moment'),
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
      tx('跨部门首发演练与直播彩排', 'Cross-department launch rehearsal and live-stream run-through'),
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
      'peak',
      'launch',
      'operations',
      r.director,
      0,
      '20:00',
      tx('新品首发开售（首发直播）', 'Launch: on sale in the launch live stream'),
      {
        after: [fs('fullStressTest'), fs('couponTest'), ss('warRoom'), fs('reservationOpen')],
        channel: 'launchLive',
      },
    ),
    task(
      'launchPR',
      'launch',
      'marketing',
      r.marketing,
      [0, 2],
      tx(
        '首发传播：官宣、媒体稿与达人同步发布',
        'Launch announcement, press release and reviewers publishing together',
      ),
      {
        after: [ss('peak')],
        channel: 'social',
      },
    ),
    task(
      'liveMonitoring',
      'launch',
      'data',
      r.data,
      [0, 2],
      tx('实时监控：流量、转化、评价与库存', 'Live monitoring: traffic, conversion, reviews and stock'),
      {
        after: [ss('peak')],
      },
    ),
    task(
      'fulfilment',
      'launch',
      'supply',
      r.logistics,
      [0, 5],
      tx('首发订单 48 小时内发货', 'Ship launch orders within 48 hours'),
      {
        after: [ss('peak')],
      },
    ),
    task(
      'ugcAmplify',
      'encore',
      'marketing',
      r.content,
      [3, 14],
      tx(
        '口碑放大：买家秀、UGC 征集与二次种草',
        'Amplify word of mouth: buyer photos, UGC and a second seeding wave',
      ),
      {
        after: [fs('peak', 2)],
        channel: 'seeding',
      },
    ),
    task(
      'retargeting',
      'encore',
      'marketing',
      r.ads,
      [3, 14],
      tx('再营销：浏览未买与加购人群', 'Retarget browsers and abandoned carts'),
      {
        after: [fs('peak', 2)],
        channel: 'siteAds',
      },
    ),
    task(
      'reviewData',
      'review',
      'data',
      r.data,
      [15, 17],
      tx('复盘数据：销量、评价、搜索与人群', 'Review data: sales, reviews, search and audiences'),
      {
        after: [fs('ugcAmplify'), fs('retargeting')],
      },
    ),
    task('reviewMeeting', 'review', 'operations', r.pm, [18, 18], tx('复盘会', 'Review meeting'), {
      after: [fs('reviewData')],
    }),
    task(
      'reviewReport',
      'review',
      'operations',
      r.ops,
      [19, 21],
      tx(
        '复盘报告：卖点验证、定价与常规化运营方案',
        'Review report: selling points, price and the plan for everyday sales',
      ),
      {
        after: [fs('reviewMeeting')],
      },
    ),
  ],
  goals: [
    {
      key: 'gmv',
      title: tx('首发两周销售额', 'Sales in the first two weeks'),
      metric: 'gmv',
      unit: 'money',
      baselinePeriod: tx('同品类上一次新品首发两周', 'The previous launch in the category, first two weeks'),
      deadlineOffset: 14,
      ownerRole: r.director,
      rationale: tx(
        '没有去年数据，以上一次同类新品为基线；目标须与首批产能相符。',
        'There is no last year; the previous comparable launch is the baseline, and the target must fit the first production run.',
      ),
      weight: 0.3,
    },
    {
      key: 'buyers',
      title: tx('首发当日购买人数', 'Buyers on launch day'),
      metric: 'buyers',
      unit: 'count',
      baselinePeriod: tx('同品类上一次新品首发当日', 'The previous launch in the category, launch day'),
      deadlineOffset: 0,
      ownerRole: r.ops,
      rationale: tx(
        '预约人数是首日购买的先行指标，可据此校准目标。',
        'Reservations lead launch-day buyers; calibrate the target with them.',
      ),
      weight: 0.15,
    },
    {
      key: 'newCustomers',
      title: tx('新品带来的新客数', 'New customers brought by the product'),
      metric: 'newCustomers',
      unit: 'count',
      baselinePeriod: tx('同品类上一次新品首发两周', 'The previous launch in the category, first two weeks'),
      deadlineOffset: 14,
      ownerRole: r.crm,
      rationale: tx(
        '新品的价值之一是为品牌拉新。',
        'One job of a new product is to bring the brand new customers.',
      ),
      weight: 0.15,
    },
    {
      key: 'brandSearch',
      title: tx('新品名称搜索量', 'Search volume for the product name'),
      metric: 'brandSearch',
      unit: 'count',
      baselinePeriod: tx('种草期开始前一周', 'The week before seeding starts'),
      deadlineOffset: 14,
      ownerRole: r.marketing,
      rationale: tx(
        '搜索量衡量种草是否有效，是口碑的直接信号。',
        'Search volume shows whether seeding worked: a direct signal of word of mouth.',
      ),
      weight: 0.15,
    },
    {
      key: 'conversion',
      title: tx('新品详情页转化率', 'Conversion on the product page'),
      metric: 'conversion',
      unit: 'rate',
      baselinePeriod: tx('店铺同品类日常', 'The shop’s usual rate in the category'),
      deadlineOffset: 14,
      ownerRole: r.ops,
      rationale: tx(
        '转化率检验卖点与定价是否被接受。',
        'Conversion tests whether the selling points and price land.',
      ),
      weight: 0.1,
    },
    {
      key: 'roas',
      title: tx('投放投产比（GMV ÷ 投放花费）', 'Media ROAS (GMV ÷ media spend)'),
      metric: 'roas',
      unit: 'ratio',
      baselinePeriod: tx('同品类上一次新品首发', 'The previous launch in the category'),
      deadlineOffset: 14,
      ownerRole: r.ads,
      rationale: tx(
        '新品前期投产比通常偏低，应与拉新目标一起看。',
        'ROAS is usually low early in a launch; read it together with the acquisition goal.',
      ),
      weight: 0.15,
    },
  ],
  channels: [
    {
      key: 'reviewers',
      name: tx('测评达人', 'Reviewers and KOLs'),
      kind: 'kol',
      notes: tx('寄样 + 合作费', 'Samples plus fees'),
    },
    {
      key: 'seeding',
      name: tx('小红书/抖音种草笔记', 'Xiaohongshu/Douyin seeding notes'),
      kind: 'content',
      notes: tx('须标注广告', 'Must be marked as ads'),
    },
    {
      key: 'siteAds',
      name: tx('新品频道与站内推广', 'New-product channel and on-platform ads'),
      kind: 'platformAds',
      notes: tx('首发期集中投放', 'Concentrated on the launch days'),
    },
    {
      key: 'social',
      name: tx('官方社媒与信息流', 'Brand social accounts and feed ads'),
      kind: 'social',
      notes: tx('悬念预告与官宣', 'Teasers and the announcement'),
    },
    {
      key: 'launchLive',
      name: tx('首发直播', 'Launch live stream'),
      kind: 'liveStreaming',
      notes: tx('店播或合作达人直播间', 'Own stream or a partner’s channel'),
    },
    {
      key: 'members',
      name: tx('会员与社群优先购', 'Members and groups buy first'),
      kind: 'privateDomain',
      notes: tx('老客尝新', 'Existing customers try it first'),
    },
    {
      key: 'crmPush',
      name: tx('短信与 Push 预约提醒', 'SMS and push reservation reminders'),
      kind: 'messaging',
      notes: tx('开售前 1 小时提醒', 'Reminder an hour before launch'),
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
        '首发抢购导致页面卡顿或被机器刷单',
        'The launch rush slows pages or bots snap up stock',
      ),
      mitigation: tx(
        '压测、限购、验证码与风控规则',
        'Stress test, purchase limits, captchas and fraud rules',
      ),
    }),
    risk(commonRisks.stockOut, {
      description: tx('首批产能不足，首发即断货', 'The first run is too small and sells out at launch'),
      contingency: tx(
        '开放预售并写明发货时间，加急排产',
        'Open pre-orders with a stated ship date and rush production',
      ),
    }),
    {
      key: 'qualityIssue',
      description: tx('首批品质问题或功能缺陷', 'Quality problems or defects in the first run'),
      kind: 'other',
      likelihood: 2,
      impact: 5,
      ownerRole: r.supply,
      trigger: tx(
        '质检不合格率上升或首批评价集中反映同一问题',
        'QC failure rate rises, or early reviews repeat the same problem',
      ),
      mitigation: tx(
        '首批全检、试用反馈提前发现问题',
        'Inspect the whole first run; trial feedback finds problems early',
      ),
      contingency: tx(
        '暂停发货、主动召回或换新，统一对外说明',
        'Stop shipping, recall or replace proactively, one agreed public statement',
      ),
    },
    risk(commonRisks.sentiment, {
      description: tx(
        '测评达人或早期用户的负面内容扩散',
        'Negative posts from reviewers or early buyers spread',
      ),
    }),
    risk(commonRisks.channelUnderperforms, {
      description: tx(
        '种草内容互动高但搜索与转化低',
        'Seeding content gets engagement but little search or conversion',
      ),
    }),
    risk(commonRisks.compliance, {
      description: tx(
        '功效宣称无依据或达人内容未标注广告',
        'Claims without evidence, or creator posts not marked as ads',
      ),
    }),
    commonRisks.logisticsDelay,
    commonRisks.complaints,
  ],
  checklist: [
    check(
      {
        key: 'claimEvidence',
        title: tx('功效宣称均有检测报告或资质支撑', 'Every claim is backed by a test report or certificate'),
        category: 'legal',
        ownerRole: r.legal,
        notes: tx('宣称与报告逐条对应，存档备查。', 'Match each claim to its report and keep them on file.'),
      },
      -45,
    ),
    check(readiness.legalReview, -26),
    check(readiness.serviceTraining, -15),
    check(readiness.materialFinal, -14),
    check(readiness.stockCheck, -10),
    check(readiness.logisticsCapacity, -7),
    check(readiness.stressTest, -7),
    check(readiness.dashboard, -3),
    check(readiness.couponTest, -2),
    check(readiness.rehearsal, -2),
    check(readiness.warRoom, -2),
    check(readiness.priceCheck, -1),
  ],
};
