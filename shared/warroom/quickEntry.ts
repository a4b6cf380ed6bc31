import { isValidIsoDate, type IsoDate } from '../domain';
import { minorPerMajor } from '../budget/money';
import { makeProblem, type ImportProblem, type ImportResult } from '../xlsx/problems';
import { hourlyFields } from '../xlsx/read/fields';
import { readHeader } from '../xlsx/read/headers';
import { parseDecimalText } from '../xlsx/read/numbers';
import { hourKey } from './hours';
import { metricOfField, type HourlyRow, type HourlyValues } from './importHourly';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Labels a planner types, beyond the sheet headers: 买家, 金额, 成交, GMV … */
const extra: Record<string, string> = {
  金额: 'gmv',
  成交: 'gmv',
  销售额: 'gmv',
  访客: 'uv',
  买家: 'buyers',
  订单: 'orders',
  件数: 'units',
  花费: 'spend',
  退款: 'refunds',
  投诉: 'complaints',
  visitors: 'uv',
  buyers: 'buyers',
  orders: 'orders',
  units: 'units',
  spend: 'spend',
  refunds: 'refunds',
  complaints: 'complaints',
};

function fieldOfLabel(label: string): string | null {
  const base = readHeader(label).base;
  for (const def of hourlyFields) {
    if (!(def.key in metricOfField)) continue;
    if (def.synonyms.some((s) => readHeader(s).base === base)) return def.key;
  }
  return extra[base] ?? null;
}

/**
 * "截至 10:40 支付金额 ¥1,234,567 买家 8,901" (or "as of 10:40 GMV 1,234,567 buyers 8,901"): the
 * shop's totals since 00:00 at a moment, typed from the live screen. Returns one shop row for the
 * hour the moment falls in, marked cumulative since 00:00 and partial ("as of").
 */
export function parseQuickEntry(text: string, date: IsoDate, currency: string): ImportResult<HourlyRow> {
  const problems: ImportProblem[] = [];
  const place = { file: null, sheet: null };
  let s = text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
  let day = date;
  const d = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (d) {
    day = `${d[1]}-${pad(Number(d[2]))}-${pad(Number(d[3]))}`;
    // 2026-02-30 is no day: refused, not filed under an hour no calendar has.
    if (!isValidIsoDate(day))
      return { value: null, problems: [makeProblem('impossibleDate', { value: d[0] }, place)] };
    s = s.replace(d[0], ' ');
  }
  const t = /(?:截至|截止|到|as\s+of|at)?\s*(\d{1,2})\s*(?::|点|时)\s*(\d{1,2})?\s*分?/i.exec(s);
  const hour = t ? Number(t[1]) : NaN;
  const minute = t ? Number(t[2] ?? 0) : NaN;
  if (!t || hour > 23 || minute > 59) {
    return { value: null, problems: [makeProblem('quickNoFigure', {}, place)] };
  }
  s = s.slice(0, t.index) + ' ' + s.slice(t.index + t[0].length);
  const values: HourlyValues = {};
  const perMajor = minorPerMajor(currency);
  // label, then a number with its currency sign, separators and unit (¥1,234,567 / 1.2万 / 8901).
  // A minus before the number is read too, so "GMV -1,000" is refused as negative, not as a
  // figure named "-".
  const pair =
    /([^\d¥￥$,.\s:：-]+)\s*[:：]?\s*(-?\s*(?:RMB|CNY|¥|\$)?\s*[\d,]+(?:\.\d+)?\s*(?:万|亿|千|k|w)?)/gi;
  for (const m of s.matchAll(pair)) {
    const label = m[1]!.trim();
    const field = fieldOfLabel(label);
    if (!field) {
      problems.push(makeProblem('unknownQuickLabel', { value: label }, place));
      continue;
    }
    const typed = m[2]!.replace(/\s+/g, '');
    if (typed.startsWith('-')) {
      problems.push(makeProblem('negativeNotAllowed', { value: typed, field: label }, place));
      continue;
    }
    const n = parseDecimalText(typed);
    if (!n) {
      problems.push(makeProblem('notANumber', { value: m[2]!, field: label }, place));
      continue;
    }
    const raw = n.value * (n.unitFactor ?? 1);
    const metric = metricOfField[field]!;
    const value = metric.endsWith('Minor') ? Math.round(raw * perMajor) : Math.round(raw);
    // Beyond exact integers it is a slip of the keyboard (a refund of 10²⁰), not a figure.
    if (!Number.isSafeInteger(value)) {
      problems.push(makeProblem('figureTooLarge', { value: typed, field: label }, place));
      continue;
    }
    values[metric] = value;
  }
  if (Object.keys(values).length === 0 && problems.length === 0) {
    problems.push(makeProblem('quickNoFigure', {}, place));
  }
  if (problems.some((p) => p.severity === 'error')) return { value: null, problems };
  return {
    value: {
      hour: hourKey(day, hour),
      channelId: null,
      channelName: null,
      sku: null,
      skuName: '',
      values,
      cumulativeSince0: true,
      asOf: `${day}T${pad(hour)}:${pad(minute)}`,
      sheet: 'quick',
      excelRow: 0,
    },
    problems,
  };
}
