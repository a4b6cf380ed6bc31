import { goalMetrics, type GoalDirection, type GoalMetric, type GoalUnit } from '../../domain';
import { metricUnits } from '../../review/attainment';
import { cellText, isPercentCell, type CellValue } from './grid';
import { parseCount, parseMoneyMinor, parseNumber, parseRate, type Parsed } from './numbers';

/**
 * The words of a goals sheet (docs/import.md, "Goals"): what a metric, a unit and a direction are
 * called, and how a target cell such as "≤5%", "≥ 1.2亿" or "2%–3%" is read.
 */

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Rates and money-per-order first: "退款率" must not read as refunds, "单均成本" not as spend. */
const metricWords: [GoalMetric, RegExp][] = [
  ['refundRate', /退款率|退货率|refund\s*rate|return\s*rate/i],
  ['complaintRate', /客诉率|投诉率|complaint/i],
  ['costPerOrder', /单均成本|每单成本|单笔成本|订单成本|cost\s*per\s*order|\bcpo\b/i],
  ['discountRate', /让利率|折扣率|discount\s*rate/i],
  ['conversion', /转化率|conversion|\bcvr\b/i],
  ['repurchase', /复购率|回购率|repurchase|repeat\s*purchase/i],
  ['grossMargin', /毛利率|gross\s*margin/i],
  ['roas', /投产比|\broas\b/i],
  ['roi', /\broi\b|投资回报|利润回报/i],
  ['aov', /客单价|\baov\b|average\s*order/i],
  ['newCustomers', /新客|拉新|new\s*(customers?|buyers?)/i],
  ['buyers', /买家数|支付人数|成交人数|\bbuyers?\b/i],
  ['brandSearch', /品牌搜索|brand\s*search/i],
  ['orders', /订单|单量|\borders?\b/i],
  ['uv', /访客|流量|\buv\b|visitors?/i],
  ['spend', /花费|费用|投放|预算|\bspend\b|\bcost\b/i],
  ['gmv', /gmv|成交额|销售额|成交金额|支付金额|销售|营收|\bsales\b|revenue/i],
];

/** The metric a cell names (its code, or the words planners use), or null. */
export function metricFromText(text: string): GoalMetric | null {
  const t = toHalfWidth(text).trim();
  if (t === '') return null;
  const code = goalMetrics.find((m) => m.toLowerCase() === t.toLowerCase());
  if (code) return code;
  return metricWords.find(([, re]) => re.test(t))?.[0] ?? null;
}

export const METRIC_CHOICES =
  'GMV, 订单数, 转化率, 客单价, 投产比, ROI, 退款率, 客诉率, 单均成本, 让利率, 花费…';

export interface UnitWord {
  unit: GoalUnit;
  /** 10000 for 万元 (money) or 万 (count), else 1. */
  factor: number;
  /** For a custom unit: the word itself (分, 星). */
  custom: string;
}

/** A unit column's word: 元/万元/¥ money, %/百分比 rate, 倍/x ratio, 单/个/人 count, else custom. */
export function unitFromText(text: string): UnitWord | null {
  const t = toHalfWidth(text).trim().toLowerCase().replace(/\s+/g, '');
  if (t === '') return null;
  const factor = /亿/.test(t) ? 1e8 : /万|^w$/.test(t) ? 1e4 : /千|^k$/.test(t) ? 1e3 : 1;
  if (/元|¥|rmb|cny|usd|yuan|金额|money|^\$$/.test(t)) return { unit: 'money', factor, custom: '' };
  if (/%|百分|比率|percent|rate/.test(t)) return { unit: 'rate', factor: 1, custom: '' };
  if (/倍|^x$|ratio|^1:/.test(t)) return { unit: 'ratio', factor: 1, custom: '' };
  if (/^(万|亿|千)?(个|单|人|件|次|笔|位|张|份|count|orders?|pcs|people|visitors?|buyers?)$/.test(t))
    return { unit: 'count', factor, custom: '' };
  return { unit: 'custom', factor: 1, custom: text.trim() };
}

const HIGHER =
  /^(≥|>=|≧|>|＞|不低于|不少于|至少|大于等于|大于|高于|越高越好|越大越好|higher|up|↑|at\s*least|min(imum)?)$/i;
const LOWER =
  /^(≤|<=|≦|<|＜|不高于|不超过|不多于|至多|小于等于|小于|低于|越低越好|越小越好|lower|down|↓|at\s*most|max(imum)?)$/i;
const RANGE = /^(区间|范围|区间内|之间|range|between|within)$/i;

/** A direction column's word, or null when it names none. */
export function directionFromText(text: string): GoalDirection | null {
  const t = toHalfWidth(text)
    .trim()
    .replace(/[（(].*[)）]$/, '')
    .trim();
  if (HIGHER.test(t) || /越高|higher/i.test(t)) return 'higher';
  if (LOWER.test(t) || /越低|lower/i.test(t)) return 'lower';
  if (RANGE.test(t) || /区间|range/i.test(t)) return 'range';
  return null;
}

export const DIRECTION_CHOICES = '≥ 越高越好, ≤ 越低越好, 区间 / higher, lower, range';

const LEAD_HIGHER = /^(≥|>=|≧|>|不低于|不少于|至少|大于等于|大于|高于|at\s*least)\s*/i;
const LEAD_LOWER = /^(≤|<=|≦|<|不高于|不超过|不多于|至多|小于等于|小于|低于|at\s*most)\s*/i;
const TRAIL_HIGHER = /\s*(以上|及以上|or\s*more|\+)$/i;
const TRAIL_LOWER = /\s*(以下|及以下|以内|or\s*less)$/i;
const RANGE_SPLIT = /^(.*?\d[%％万亿千元wk]*)\s*(?:~|～|〜|至|到|–|—|-)\s*([-−]?[¥￥$]?\d.*)$/i;

/** What a target cell says besides its number: a sign (≤, 以上) or two ends ("2%–3%"). */
export interface TargetText {
  direction: GoalDirection | null;
  /** The number part(s): one, or the low and high end of a range. */
  parts: CellValue[];
  /** The unit the text itself shows (5% → rate, ¥/元 → money, 1:3 → ratio), or null. */
  unitHint: GoalUnit | null;
}

function hintOf(text: string): GoalUnit | null {
  if (/[%％]/.test(text)) return 'rate';
  if (/[¥￥$]|元|rmb|cny/i.test(text)) return 'money';
  if (/^\s*1\s*[:：]\s*\d|倍|^\d+(\.\d+)?\s*x$/i.test(text)) return 'ratio';
  return null;
}

export function splitTarget(value: CellValue): TargetText {
  if (isPercentCell(value)) return { direction: null, parts: [value], unitHint: 'rate' };
  if (typeof value !== 'string') return { direction: null, parts: [value], unitHint: null };
  let s = toHalfWidth(value).trim();
  let direction: GoalDirection | null = null;
  if (LEAD_HIGHER.test(s) || TRAIL_HIGHER.test(s)) direction = 'higher';
  else if (LEAD_LOWER.test(s) || TRAIL_LOWER.test(s)) direction = 'lower';
  s = s.replace(LEAD_HIGHER, '').replace(LEAD_LOWER, '').replace(TRAIL_HIGHER, '').replace(TRAIL_LOWER, '');
  const range = direction === null ? RANGE_SPLIT.exec(s) : null;
  if (range) {
    // "2–3%": the unit written once after the high end holds for both ends.
    const [low, high] = [range[1]!.trim(), range[2]!.trim()];
    const suffix = /[%％]$/.test(high) && !/[%％]$/.test(low) ? '%' : '';
    return { direction: 'range', parts: [low + suffix, high], unitHint: hintOf(high) ?? hintOf(low) };
  }
  return { direction, parts: [s], unitHint: hintOf(s) };
}

/** The unit a goal is read in: the unit column, else what its target shows, else its metric's. */
export function goalUnitFor(
  column: UnitWord | null,
  hint: GoalUnit | null,
  metric: GoalMetric | null,
): GoalUnit {
  return column?.unit ?? hint ?? (metric ? metricUnits[metric] : null) ?? 'count';
}

/**
 * One number of a goal in its unit: money in minor units (× 万 of the unit column), a rate as a
 * fraction (5% → 0.05; a bare number above 1 is a percentage), 1:3 or 3倍 → 3, counts whole.
 */
export function parseGoalNumber(
  value: CellValue,
  unit: GoalUnit,
  opts: { factor: number; perMajor: number; percentColumn: boolean },
): Parsed<number> {
  if (value === null) return null;
  if (unit === 'money') return parseMoneyMinor(value, opts.factor, opts.perMajor);
  if (unit === 'rate') return parseRate(value, opts.percentColumn);
  if (unit === 'count') return parseCount(value, opts.factor);
  if (unit === 'ratio' && typeof value === 'string') {
    const t = toHalfWidth(value).trim();
    const pair = /^1\s*[:：]\s*(\d+(?:\.\d+)?)$/.exec(t);
    if (pair) return { ok: true, value: Number(pair[1]) };
    return parseNumber(t.replace(/\s*(倍|x)$/i, ''));
  }
  if (isPercentCell(value)) return { ok: true, value: value.fraction };
  return cellText(value).trim() === '' ? null : parseNumber(value);
}
