import type { ZodObject } from 'zod';
import { collectionKeys, planSchema, recordSchemas, reviewSchema, type CollectionKey } from '../domain';
import type { LocalizedText } from '../i18n/locale';

/**
 * The full plan workbook: one sheet per kind of object, a header row in the interface language,
 * a hidden row of field keys under it, and a hidden sheet that marks the file as the app's own.
 * Cells keep their types (text, number, true/false, real dates); lists and nested objects are
 * JSON text. The key row says how each column is encoded: `startDate#date`, `predecessors#json`.
 */
export const PLAN_WORKBOOK_FORMAT = 'campaign-desk-plan-workbook';
export const META_SHEET = '_campaign_desk';

export type PlanSheetKey = 'plan' | CollectionKey | 'review';

/** The schema each sheet's rows are read with: the plan, each collection's records, the review. */
export const sheetSchemas: Record<PlanSheetKey, ZodObject> = {
  plan: planSchema,
  ...recordSchemas,
  review: reviewSchema,
};

export const planSheetKeys: readonly PlanSheetKey[] = ['plan', ...collectionKeys, 'review'];

export const sheetTitles: Record<PlanSheetKey, LocalizedText> = {
  plan: { zh: '计划', en: 'Plan' },
  goals: { zh: '目标', en: 'Goals' },
  phases: { zh: '阶段', en: 'Phases' },
  tasks: { zh: '任务', en: 'Tasks' },
  channels: { zh: '渠道', en: 'Channels' },
  budgetCategories: { zh: '费用类别', en: 'Budget categories' },
  budgetLines: { zh: '预算明细', en: 'Budget lines' },
  promotions: { zh: '促销机制', en: 'Promotions' },
  products: { zh: '商品', en: 'Products' },
  risks: { zh: '风险', en: 'Risks' },
  checklist: { zh: '检查清单', en: 'Checklist' },
  actuals: { zh: '每日数据', en: 'Daily actuals' },
  lessons: { zh: '经验教训', en: 'Lessons' },
  baselines: { zh: '基线', en: 'Baselines' },
  hourly: { zh: '分时数据', en: 'Hourly data' },
  incidents: { zh: '事件记录', en: 'Incidents' },
  alertAcks: { zh: '已确认预警', en: 'Acknowledged alerts' },
  hourProfiles: { zh: '分时曲线', en: 'Hourly profiles' },
  alertRules: { zh: '预警规则', en: 'Alert rules' },
  review: { zh: '复盘设置', en: 'Review' },
};

/** Field keys in schema order, so columns come out the same for an empty sheet as for a full one. */
export const sheetFields = (key: PlanSheetKey): readonly string[] => Object.keys(sheetSchemas[key].shape);

/** Fields holding a YYYY-MM-DD date: written as real Excel dates. */
export const DATE_FIELDS = new Set([
  'startDate',
  'endDate',
  'peakDate',
  'deadline',
  'dueDate',
  'date',
  'paymentDate',
]);

const dictionary: Record<string, LocalizedText> = {
  id: { zh: '编号', en: 'ID' },
  planId: { zh: '计划编号', en: 'Plan ID' },
  name: { zh: '名称', en: 'Name' },
  title: { zh: '标题', en: 'Title' },
  theme: { zh: '主题', en: 'Theme' },
  type: { zh: '类型', en: 'Type' },
  platforms: { zh: '平台', en: 'Platforms' },
  currency: { zh: '币种', en: 'Currency' },
  startDate: { zh: '开始日期', en: 'Start' },
  endDate: { zh: '结束日期', en: 'End' },
  peakDate: { zh: '高峰日', en: 'Peak day' },
  keyMoments: { zh: '关键时刻', en: 'Key moments' },
  status: { zh: '状态', en: 'Status' },
  audience: { zh: '目标人群', en: 'Audience' },
  notes: { zh: '备注', en: 'Notes' },
  budgetCapMinor: { zh: '预算上限（分）', en: 'Budget cap (minor units)' },
  contingency: { zh: '预备金', en: 'Contingency' },
  blackoutDays: { zh: '禁排日', en: 'Blackout days' },
  worksThroughHolidays: { zh: '节假日照常上班', en: 'Team works through holidays' },
  dismissedProblems: { zh: '已忽略的排期提醒', en: 'Dismissed schedule warnings' },
  templateId: { zh: '模板', en: 'Template' },
  sourcePlanId: { zh: '来源计划', en: 'Source plan' },
  createdAt: { zh: '创建时间', en: 'Created at' },
  updatedAt: { zh: '修改时间', en: 'Updated at' },
  archivedAt: { zh: '归档时间', en: 'Archived at' },
  deletedAt: { zh: '删除时间', en: 'Deleted at' },
  metric: { zh: '指标', en: 'Metric' },
  unit: { zh: '单位', en: 'Unit' },
  customUnit: { zh: '自定义单位', en: 'Custom unit' },
  target: { zh: '目标值', en: 'Target' },
  direction: { zh: '方向', en: 'Direction' },
  targetMax: { zh: '目标上限', en: 'Target (high end)' },
  baseline: { zh: '基线值', en: 'Baseline' },
  baselinePeriod: { zh: '基线周期', en: 'Baseline period' },
  deadline: { zh: '截止日期', en: 'Deadline' },
  owner: { zh: '负责人', en: 'Owner' },
  rationale: { zh: '依据', en: 'Rationale' },
  weight: { zh: '权重', en: 'Weight' },
  order: { zh: '顺序', en: 'Order' },
  kind: { zh: '类型', en: 'Kind' },
  color: { zh: '颜色', en: 'Colour' },
  purpose: { zh: '目的', en: 'Purpose' },
  phaseId: { zh: '阶段', en: 'Phase' },
  workstream: { zh: '负责部门', en: 'Workstream' },
  channelId: { zh: '渠道', en: 'Channel' },
  progress: { zh: '进度', en: 'Progress' },
  predecessors: { zh: '前置任务', en: 'Predecessors' },
  isMilestone: { zh: '里程碑', en: 'Milestone' },
  milestoneTime: { zh: '里程碑时间', en: 'Milestone time' },
  checklist: { zh: '子项', en: 'Checklist' },
  expectedUv: { zh: '预期访客', en: 'Expected UV' },
  ctr: { zh: '点击率', en: 'CTR' },
  cvr: { zh: '转化率', en: 'CVR' },
  aovMinor: { zh: '客单价（分）', en: 'AOV (minor units)' },
  plannedSpendMinor: { zh: '计划花费（分）', en: 'Planned spend (minor units)' },
  key: { zh: '类别键', en: 'Key' },
  categoryId: { zh: '费用类别', en: 'Category' },
  item: { zh: '项目', en: 'Item' },
  unitPriceMinor: { zh: '单价（分）', en: 'Unit price (minor units)' },
  quantity: { zh: '数量', en: 'Quantity' },
  plannedMinor: { zh: '预算（分）', en: 'Planned (minor units)' },
  committedMinor: { zh: '已承诺（分）', en: 'Committed (minor units)' },
  actualMinor: { zh: '实际（分）', en: 'Actual (minor units)' },
  vendor: { zh: '供应商', en: 'Vendor' },
  paymentDate: { zh: '付款日期', en: 'Payment date' },
  promotionId: { zh: '促销', en: 'Promotion' },
  isOverridden: { zh: '手工金额', en: 'Overridden' },
  mechanic: { zh: '机制', en: 'Mechanic' },
  productIds: { zh: '商品', en: 'Products' },
  sku: { zh: 'SKU', en: 'SKU' },
  category: { zh: '类目', en: 'Category' },
  stock: { zh: '库存', en: 'Stock' },
  safetyStock: { zh: '安全库存', en: 'Safety stock' },
  regularPriceMinor: { zh: '日常价（分）', en: 'Regular price (minor units)' },
  promoPriceMinor: { zh: '活动价（分）', en: 'Promo price (minor units)' },
  costPriceMinor: { zh: '成本价（分）', en: 'Cost price (minor units)' },
  role: { zh: '活动角色', en: 'Role' },
  expectedSales: { zh: '预期销量', en: 'Expected sales' },
  description: { zh: '描述', en: 'Description' },
  likelihood: { zh: '可能性', en: 'Likelihood' },
  impact: { zh: '影响', en: 'Impact' },
  trigger: { zh: '触发信号', en: 'Trigger' },
  mitigation: { zh: '预防措施', en: 'Mitigation' },
  dueDate: { zh: '截止日期', en: 'Due' },
  done: { zh: '已完成', en: 'Done' },
  period: { zh: '期间', en: 'Period' },
  date: { zh: '日期', en: 'Date' },
  uv: { zh: '访客数', en: 'UV' },
  pv: { zh: '浏览量', en: 'PV' },
  buyers: { zh: '支付买家数', en: 'Buyers' },
  orders: { zh: '订单数', en: 'Orders' },
  gmvMinor: { zh: '支付金额（分）', en: 'GMV (minor units)' },
  spendMinor: { zh: '花费（分）', en: 'Spend (minor units)' },
  couponsClaimed: { zh: '领券数', en: 'Coupons claimed' },
  couponsRedeemed: { zh: '用券数', en: 'Coupons redeemed' },
  refundsMinor: { zh: '退款（分）', en: 'Refunds (minor units)' },
  newCustomers: { zh: '新客数', en: 'New customers' },
  text: { zh: '内容', en: 'Text' },
  tasks: { zh: '任务', en: 'Tasks' },
  method: { zh: '评分方法', en: 'Method' },
  indicators: { zh: '指标', en: 'Indicators' },
  ahpMatrix: { zh: 'AHP 判断矩阵', en: 'AHP matrix' },
  useFuzzy: { zh: '模糊评价', en: 'Fuzzy evaluation' },
  summary: { zh: '总结', en: 'Summary' },
  baselineLabel: { zh: '基线名称', en: 'Baseline label' },
  expectedMarginRate: { zh: '预期毛利率', en: 'Expected margin rate' },
  triggeredAt: { zh: '触发时间', en: 'Triggered at' },
  hour: { zh: '小时', en: 'Hour' },
  skuName: { zh: '商品名称', en: 'Product name' },
  units: { zh: '支付件数', en: 'Units sold' },
  complaints: { zh: '投诉数', en: 'Complaints' },
  source: { zh: '来源', en: 'Source' },
  importedAt: { zh: '导入时间', en: 'Imported at' },
  asOf: { zh: '截至', en: 'As of' },
  at: { zh: '时间', en: 'Time' },
  what: { zh: '事件', en: 'What happened' },
  severity: { zh: '严重程度', en: 'Severity' },
  action: { zh: '处理措施', en: 'Action' },
  resolvedAt: { zh: '解决时间', en: 'Resolved at' },
  riskId: { zh: '关联风险', en: 'Risk' },
  alertCode: { zh: '预警', en: 'Alert' },
  alertSubject: { zh: '预警对象', en: 'Alert subject' },
  code: { zh: '规则', en: 'Rule' },
  subject: { zh: '对象', en: 'Subject' },
  acknowledgedAt: { zh: '确认时间', en: 'Acknowledged at' },
  incidentId: { zh: '事件', en: 'Incident' },
  weights: { zh: '各小时权重', en: 'Hour weights' },
  enabled: { zh: '启用', en: 'Enabled' },
  threshold: { zh: '阈值', en: 'Threshold' },
};

export function fieldLabel(key: string): LocalizedText {
  const known = dictionary[key];
  if (known) return known;
  const en = key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
  return { zh: en, en };
}
