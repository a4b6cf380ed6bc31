import { tx } from './builders';

/**
 * Owner roles: templates assign work to a role; the planner later puts a name on it. A role is one
 * owner, so it holds no owner separator ("/", "&", "、"…; shared/people/names.ts): "Content & KOL
 * lead" became two people, "Content" and "KOL lead", on the team and workload screens.
 */
export const roles = {
  director: tx('电商总监', 'E-commerce director'),
  pm: tx('项目经理（大促 PMO）', 'Campaign project manager'),
  ops: tx('运营负责人', 'Ops lead'),
  marketing: tx('市场负责人', 'Marketing lead'),
  ads: tx('投放负责人', 'Paid-media lead'),
  content: tx('内容与达人负责人', 'Content and KOL lead'),
  crm: tx('CRM 会员负责人', 'CRM lead'),
  design: tx('设计负责人', 'Design lead'),
  tech: tx('技术负责人', 'Tech lead'),
  service: tx('客服主管', 'Customer-service lead'),
  merch: tx('商品经理', 'Merchandising manager'),
  supply: tx('供应链负责人', 'Supply-chain lead'),
  logistics: tx('仓储物流负责人', 'Warehouse and logistics lead'),
  data: tx('数据分析师', 'Data analyst'),
  finance: tx('财务 BP', 'Finance partner'),
  legal: tx('法务', 'Legal counsel'),
} as const;
