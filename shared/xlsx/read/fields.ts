import type { LocalizedText } from '../../i18n/locale';

/**
 * The columns each import kind understands, with the names planners give them in Chinese and
 * English. The first synonyms are the app's own export headers, so its workbooks read back.
 */
/** 'hourly': the war room's live data (shop, channel or SKU figures per hour; shared/warroom). */
/** 'products': a merchandising sheet of SKUs (商品清单); 'goals': a sheet of goals / KPIs (目标). */
export type ImportKind = 'schedule' | 'budget' | 'actuals' | 'hourly' | 'products' | 'goals';

export interface FieldDef {
  key: string;
  label: LocalizedText;
  synonyms: readonly string[];
  /** The field that makes a row a record (task title, line item, day). */
  isKey?: boolean;
}

const f = (key: string, zh: string, en: string, synonyms: string[], isKey = false): FieldDef => ({
  key,
  label: { zh, en },
  synonyms: [zh, en, ...synonyms],
  isKey,
});

export const scheduleFields: readonly FieldDef[] = [
  f('ref', '序号', 'No.', ['编号', '任务编号', '任务id', 'id', '#', 'no', 'number', 'wbs', '行号', '序']),
  f('phase', '阶段', 'Phase', ['活动阶段', '项目阶段', '所属阶段', '节奏', 'stage']),
  f(
    'title',
    '工作事项',
    'Task',
    [
      '任务名称',
      '任务',
      '事项',
      '工作内容',
      '工作项',
      '任务内容',
      '内容',
      '项目',
      'task name',
      'activity',
      'title',
      'name',
    ],
    true,
  ),
  f('workstream', '负责部门', 'Workstream', [
    '部门',
    '责任部门',
    '团队',
    '条线',
    'department',
    'dept',
    'team',
  ]),
  f('owner', '负责人', 'Owner', ['执行人', '责任人', '对接人', '跟进人', 'assignee', 'responsible', 'pic']),
  f('start', '开始日期', 'Start', [
    '起始日期',
    '开始时间',
    '开始',
    '起始',
    '计划开始',
    'start date',
    'begin',
    'from',
    '日期',
    'date',
  ]),
  f('end', '结束日期', 'End', [
    '截止日期',
    '完成日期',
    '结束时间',
    '截止时间',
    '结束',
    '截止',
    '计划完成',
    'end date',
    'due',
    'due date',
    'finish',
    'deadline',
    'to',
  ]),
  f('duration', '工期(天)', 'Duration (days)', ['工期', '天数', '持续天数', '时长', 'duration', 'days']),
  f('predecessors', '前置任务', 'Predecessors', [
    '依赖',
    '前置',
    '紧前任务',
    '依赖任务',
    '前序任务',
    'depends on',
    'dependencies',
    'predecessor',
  ]),
  f('milestone', '里程碑', 'Milestone', ['是否里程碑', 'milestone?']),
  f('status', '状态', 'Status', ['任务状态', '当前状态']),
  f('progress', '进度', 'Progress', [
    '完成度',
    '完成率',
    '完成进度',
    '完成百分比',
    '% complete',
    'percent complete',
    'complete',
  ]),
  f('notes', '备注', 'Notes', [
    '说明',
    '备注说明',
    '附注',
    'remarks',
    'remark',
    'comment',
    'comments',
    'note',
  ]),
];

export const budgetFields: readonly FieldDef[] = [
  f('ref', '序号', 'No.', ['编号', 'id', '#', 'no']),
  f('category', '费用类别', 'Category', [
    '类别',
    '科目',
    '费用科目',
    '费用类型',
    '预算科目',
    '类型',
    'cost type',
    'account',
  ]),
  f('channel', '渠道', 'Channel', ['投放渠道', '平台', '媒体', '投放平台', 'platform', 'media']),
  f('phase', '阶段', 'Phase', ['活动阶段', 'stage']),
  f(
    'item',
    '项目',
    'Item',
    [
      '明细',
      '费用明细',
      '项目名称',
      '内容',
      '费用项目',
      '事项',
      '明细项目',
      'description',
      'line item',
      'detail',
    ],
    true,
  ),
  f('vendor', '供应商', 'Vendor', ['合作方', '供应商名称', 'supplier']),
  f('unitPrice', '单价', 'Unit price', ['单价(元)', 'price']),
  f('quantity', '数量', 'Quantity', ['qty', '数目']),
  f('planned', '预算金额', 'Planned', [
    '预算',
    '计划金额',
    '预算费用',
    '金额',
    '预算额',
    'budget',
    'plan',
    'planned amount',
    'amount',
  ]),
  f('committed', '已承诺', 'Committed', ['已签约', '已承诺金额', '合同金额', 'committed amount']),
  f('actual', '实际金额', 'Actual', [
    '已发生',
    '实际',
    '实际花费',
    '实际支出',
    '已花费',
    '实际费用',
    'spent',
    'actual amount',
  ]),
  f('variance', '差异', 'Variance', ['差额', '偏差', '超支', 'difference']),
  f('paymentDate', '付款日期', 'Payment date', ['付款时间', '支付日期', '付款日', 'paid on']),
  f('notes', '备注', 'Notes', ['说明', 'remarks', 'remark', 'comment', 'note']),
];

export const actualsFields: readonly FieldDef[] = [
  f('date', '日期', 'Date', ['统计日期', '时间', '日期时间', 'day', 'stat date'], true),
  f('channel', '渠道', 'Channel', ['来源', '流量来源', '渠道来源', 'source', 'traffic source']),
  f('uv', '访客数', 'Visitors', ['uv', '访客', '店铺访客数', 'unique visitors']),
  f('pv', '浏览量', 'Page views', ['pv', '浏览次数', '页面浏览量']),
  f('buyers', '支付买家数', 'Buyers', ['买家数', '成交人数', '支付人数', 'paying buyers']),
  f('orders', '支付订单数', 'Orders', ['订单数', '成交订单数', '支付子订单数', 'paid orders']),
  f('gmv', '支付金额', 'GMV', ['销售额', '成交金额', '成交额', 'gmv', 'sales', 'revenue', '支付金额(元)']),
  f('conversion', '支付转化率', 'Conversion rate', ['转化率', 'cvr', 'conversion']),
  f('aov', '客单价', 'AOV', ['average order value', '平均客单价']),
  f('refunds', '退款金额', 'Refunds', ['成功退款金额', '退款', '退款额', 'refund', 'refund amount']),
  f('spend', '推广花费', 'Spend', ['花费', '广告花费', '消耗', '投放花费', 'ad spend', 'cost']),
  f('couponsClaimed', '领券数', 'Coupons claimed', ['优惠券领取数', '领取张数', 'coupons issued']),
  f('couponsRedeemed', '用券数', 'Coupons redeemed', ['核销数', '优惠券使用数', '使用张数', 'coupons used']),
  f('newCustomers', '新客数', 'New customers', ['新买家数', '新客', '新访客数', 'new buyers']),
];

/**
 * A back office's intraday export (生意参谋实时, 京东商智实时, 抖店罗盘): per-hour rows of the shop,
 * of each traffic source, or of each product. A SKU sheet may carry no hour (a snapshot "as of").
 */
export const hourlyFields: readonly FieldDef[] = [
  f('hour', '时段', 'Hour', ['小时', '时间', '时间段', '统计时间', '时刻', 'time', 'hour of day'], true),
  f('date', '日期', 'Date', ['统计日期', 'day']),
  f('channel', '流量来源', 'Channel', ['渠道', '来源', '渠道来源', 'source', 'traffic source']),
  f('sku', '商品ID', 'SKU', ['商品id', '商品编码', '货号', '商家编码', 'sku', 'item id', 'product id'], true),
  f('skuName', '商品名称', 'Product', ['商品', '名称', '宝贝名称', 'product name', 'item']),
  f('gmv', '支付金额', 'GMV', ['成交金额', '销售额', '成交额', 'gmv', 'sales', '支付金额(元)']),
  f('uv', '访客数', 'Visitors', ['uv', '访客', '商品访客数', 'unique visitors']),
  f('buyers', '支付买家数', 'Buyers', ['买家数', '买家', '成交人数', '支付人数', 'paying buyers']),
  f('orders', '支付订单数', 'Orders', ['订单数', '成交订单数', '子订单数', 'paid orders']),
  f('units', '支付件数', 'Units sold', ['件数', '销量', '成交件数', 'units', 'quantity sold']),
  f('stock', '库存', 'Stock', ['库存数', '可售库存', '剩余库存', 'inventory', 'stock left']),
  f('spend', '花费', 'Spend', ['推广花费', '消耗', '广告花费', '投放花费', 'ad spend', 'cost']),
  f('refunds', '退款金额', 'Refunds', ['成功退款金额', '退款', 'refund', 'refund amount']),
  f('complaints', '投诉数', 'Complaints', ['投诉', '投诉量', 'complaint count']),
];

/** A merchandising sheet (商品清单/选品表): one row per SKU, prices in the sheet's currency. */
export const productFields: readonly FieldDef[] = [
  f(
    'sku',
    'SKU',
    'SKU',
    ['商品ID', '商品id', '商品编码', '货号', '商家编码', '款号', 'sku编码', 'item id', 'product id'],
    true,
  ),
  f('name', '商品名称', 'Product', ['商品', '品名', '宝贝名称', '名称', 'product name', 'item name', 'name']),
  f('category', '类目', 'Category', ['品类', '商品类目', '类别', 'category']),
  f('stock', '库存', 'Stock', ['库存数', '可售库存', '现有库存', 'inventory', 'stock on hand']),
  f('safetyStock', '安全库存', 'Safety stock', ['最低库存', 'min stock', 'safety']),
  f('regularPrice', '日常价', 'Regular price', ['原价', '吊牌价', '标价', '日常售价', 'list price', 'price']),
  f('promoPrice', '活动价', 'Promo price', [
    '促销价',
    '到手价',
    '大促价',
    '活动售价',
    'sale price',
    'deal price',
  ]),
  f('costPrice', '成本价', 'Cost price', ['成本', '进价', '采购价', 'cost', 'unit cost']),
  f('role', '活动角色', 'Role', ['商品角色', '定位', '角色', '商品定位', 'product role']),
  f('expectedSales', '预期销量', 'Expected sales', [
    '预计销量',
    '目标销量',
    '销量目标',
    'sales target',
    'forecast units',
  ]),
  f('notes', '备注', 'Notes', ['说明', 'remarks', 'remark', 'comment', 'note']),
];

/**
 * A sheet of campaign goals (目标 / KPI): one row per goal. The target cell may carry its unit and
 * direction ("≤5%", "≥ 1.2亿", "2%–3%"); docs/import.md says how each cell is read.
 */
export const goalFields: readonly FieldDef[] = [
  f(
    'title',
    '目标',
    'Goal',
    [
      '目标名称',
      '目标项',
      '目标内容',
      '指标',
      '指标名称',
      '考核指标',
      'kpi',
      'kpi名称',
      'goal name',
      'objective',
    ],
    true,
  ),
  f('metric', '指标类型', 'Metric', ['衡量指标', '指标代码', 'kpi类型', 'metric type']),
  f('target', '目标值', 'Target', ['目标数', '目标数值', '目标金额', '目标额', 'target value', 'goal value']),
  f('targetMax', '上限', 'Target max', ['目标上限', '区间上限', 'upper bound', 'max']),
  f('unit', '单位', 'Unit', ['计量单位', '度量单位', 'units']),
  f('direction', '方向', 'Direction', ['考核方向', '方向性', '好坏方向', 'better']),
  f('baseline', '基线', 'Baseline', ['基准', '基准值', '基线值', '去年同期', '对比基数', 'baseline value']),
  f('baselinePeriod', '基线期间', 'Baseline period', ['基线周期', '对比期', '基准期', 'compared with']),
  f('deadline', '截止日期', 'Deadline', ['完成日期', '截止时间', '达成日期', 'due', 'due date', 'by']),
  f('owner', '负责人', 'Owner', ['责任人', '跟进人', 'responsible']),
  f('weight', '权重', 'Weight', ['评分权重', '占比', 'weighting']),
  f('rationale', '依据', 'Rationale', ['理由', '制定依据', '说明', '备注', 'notes', 'why']),
];

export const fieldsByKind: Record<ImportKind, readonly FieldDef[]> = {
  schedule: scheduleFields,
  budget: budgetFields,
  actuals: actualsFields,
  hourly: hourlyFields,
  products: productFields,
  goals: goalFields,
};

export function fieldDef(kind: ImportKind, key: string): FieldDef | undefined {
  return fieldsByKind[kind].find((d) => d.key === key);
}
