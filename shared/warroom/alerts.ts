import {
  alertCodes,
  alertRiskKind,
  type AlertCode,
  type HourKey,
  type PlanDocument,
  type RiskId,
} from '../domain';
import { formatMoney } from '../budget/money';
import { formatMultiple, type Locale, type LocalizedText } from '../i18n/locale';
import type { Pacing } from './pacing';
import { hourOfDay } from './hours';

/** docs/warroom.md "Alert rules". */
export interface Alert {
  code: AlertCode;
  severity: 'warning' | 'critical';
  /** Whom it is about: 'shop', a channel's name or a SKU code. */
  subject: string;
  message: LocalizedText;
  /** The figure and the threshold it crossed, in the rule's unit. */
  value: number;
  threshold: number;
  hour: HourKey;
  /** The risk of the register of the rule's kind, and its plan B. */
  riskId: RiskId | null;
  riskDescription: string | null;
  contingency: string | null;
  /** The team has seen it (an acknowledgement for this code and subject exists). */
  acknowledged: boolean;
}

/** Whether the rule `code` fired for `subject` (a channel's name, a SKU code, 'shop'). */
export function hasFired(alerts: readonly Alert[], code: AlertCode, subject: string): boolean {
  return alerts.some((a) => a.code === code && a.subject === subject);
}

export interface RuleSetting {
  code: AlertCode;
  enabled: boolean;
  /** null: the rule has no default (conversion without a conversion goal) and is off. */
  threshold: number | null;
}

/** The default threshold of each rule; the conversion rule's comes from the conversion goal. */
export function defaultThreshold(doc: PlanDocument, code: AlertCode): number | null {
  switch (code) {
    case 'gmvPace':
      return 0.9;
    case 'conversionLow': {
      const g = doc.goals.find((x) => x.metric === 'conversion' && x.target !== null);
      return g?.target ?? null;
    }
    case 'channelRoas':
      return 0.3;
    case 'spendAhead':
      return 0.1;
    case 'stockCover':
      return 6;
    case 'refundRate':
      return 0.05;
    case 'complaintRate':
      return 0.005;
  }
}

/** Each rule with the plan's own threshold where it has one, else the default. */
export function ruleSettings(doc: PlanDocument): RuleSetting[] {
  return alertCodes.map((code) => {
    const own = doc.alertRules.find((r) => r.code === code);
    if (own) return { code, enabled: own.enabled, threshold: own.threshold };
    return { code, enabled: true, threshold: defaultThreshold(doc, code) };
  });
}

// Figures in an alert are written as the tables beside it write them (at most `digits`
// decimals, thousands grouped: "5 小时", "142.9%"; a 投产比 always with two, "3.00").
// zh-CN and en-US group and point numbers alike, so one format serves both texts.
const formats = new Map<string, Intl.NumberFormat>();
/** One formatter per style and digits, made once: alerts are evaluated at every hour's update. */
const numberFormat = (style: 'percent' | 'decimal', digits: number): Intl.NumberFormat => {
  const key = `${style}${digits}`;
  let fmt = formats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat('en-US', { style, maximumFractionDigits: digits });
    formats.set(key, fmt);
  }
  return fmt;
};
const pct = (x: number, digits = 1): string => numberFormat('percent', digits).format(x);
const fixed = (x: number, digits = 1): string => numberFormat('decimal', digits).format(x);
const multiple = (x: number): string => formatMultiple(x, 'en-US');

export function evaluateAlerts(doc: PlanDocument, pacing: Pacing): Alert[] {
  const out: Alert[] = [];
  // In the plan's currency, as every other amount on the war room's screens is written.
  const money = (minor: number, locale: Locale) => formatMoney(minor, doc.plan.currency, locale);
  const risks = [...doc.risks].sort((a, b) => a.order - b.order);
  const acked = new Set(doc.alertAcks.map((a) => `${a.code}|${a.subject}`));
  const add = (
    code: AlertCode,
    critical: boolean,
    subject: string,
    value: number,
    threshold: number,
    message: LocalizedText,
  ) => {
    const risk = risks.find((r) => r.kind === alertRiskKind[code]) ?? null;
    out.push({
      code,
      severity: critical ? 'critical' : 'warning',
      subject,
      message,
      value,
      threshold,
      hour: pacing.lastHour,
      riskId: risk?.id ?? null,
      riskDescription: risk?.description ?? null,
      contingency: risk?.contingency || null,
      acknowledged: acked.has(`${code}|${subject}`),
    });
  };

  for (const rule of ruleSettings(doc)) {
    const t = rule.threshold;
    if (!rule.enabled || t === null) continue;
    switch (rule.code) {
      case 'gmvPace': {
        const pace = pacing.gmv.pace;
        if (pace !== null && pace < t) {
          add('gmvPace', pace < t - 0.15, 'shop', pace, t, {
            zh: `GMV 进度 ${pct(pace)}，低于 ${pct(t, 0)}：实际 ${money(pacing.gmv.actualMinor, 'zh-CN')}，应达 ${money(pacing.gmv.targetToDateMinor ?? 0, 'zh-CN')}。`,
            en: `GMV pace ${pct(pace)}, under ${pct(t, 0)}: ${money(pacing.gmv.actualMinor, 'en-US')} against ${money(pacing.gmv.targetToDateMinor ?? 0, 'en-US')} by now.`,
          });
        }
        break;
      }
      case 'conversionLow': {
        const seen = pacing.hours.filter((h) => h.conversion !== null);
        const last2 = seen.slice(-2);
        const consecutive = last2.length === 2 && hourOfDay(last2[1]!.hour) - hourOfDay(last2[0]!.hour) === 1;
        if (consecutive && last2.every((h) => (h.conversion ?? 1) < t)) {
          const worst = Math.max(...last2.map((h) => h.conversion ?? 0));
          add(
            'conversionLow',
            last2.every((h) => (h.conversion ?? 1) < t / 2),
            'shop',
            worst,
            t,
            {
              zh: `转化率连续两小时低于目标 ${pct(t, 2)}（${last2.map((h) => `${h.hour.slice(11)} ${pct(h.conversion ?? 0, 2)}`).join('，')}）。`,
              en: `Conversion under its ${pct(t, 2)} goal two hours running (${last2.map((h) => `${h.hour.slice(11)} ${pct(h.conversion ?? 0, 2)}`).join(', ')}).`,
            },
          );
        }
        break;
      }
      case 'channelRoas':
        for (const c of pacing.channels) {
          if (c.roas === null || c.planRoas === null) continue;
          if (c.roas < c.planRoas * (1 - t)) {
            add('channelRoas', c.roas < c.planRoas * (1 - 2 * t), c.name, c.roas, t, {
              zh: `${c.name} 投产比 ${multiple(c.roas)}，比计划 ${multiple(c.planRoas)} 低 ${pct(1 - c.roas / c.planRoas, 0)}。`,
              en: `${c.name}: 投产比 (ROAS) ${multiple(c.roas)}, ${pct(1 - c.roas / c.planRoas, 0)} under the planned ${multiple(c.planRoas)}.`,
            });
          }
        }
        break;
      case 'spendAhead': {
        const subjects = [
          ...pacing.channels.map((c) => ({ name: c.name, pace: c.spendPace, spend: c.spendMinor })),
          { name: 'shop', pace: pacing.spend.pace, spend: pacing.spend.actualMinor },
        ];
        for (const s of subjects) {
          if (s.pace === null || s.pace <= 1 + t) continue;
          const who = s.name === 'shop' ? { zh: '全店', en: 'The shop' } : { zh: s.name, en: s.name };
          add('spendAhead', s.pace > 1 + 2 * t, s.name, s.pace, t, {
            zh: `${who.zh} 花费 ${money(s.spend, 'zh-CN')}，是按节奏应花的 ${pct(s.pace)}。`,
            en: `${who.en} spent ${money(s.spend, 'en-US')}, ${pct(s.pace)} of what the pace allows by now.`,
          });
        }
        break;
      }
      case 'stockCover':
        for (const s of pacing.skus) {
          if (s.hoursOfCover === null || s.stock === null || s.hoursOfCover >= t) continue;
          add('stockCover', s.hoursOfCover < t / 2, s.sku, s.hoursOfCover, t, {
            zh: `${s.name}（${s.sku}）库存 ${fixed(s.stock, 0)} 件，按近 3 小时每小时 ${fixed(s.sellThroughPerHour)} 件只够 ${fixed(s.hoursOfCover)} 小时。`,
            en: `${s.name} (${s.sku}): ${fixed(s.stock, 0)} in stock covers ${fixed(s.hoursOfCover)} hours at the last 3 hours' ${fixed(s.sellThroughPerHour)} an hour.`,
          });
        }
        break;
      case 'refundRate': {
        const r = pacing.refundRate;
        if (r !== null && r > t) {
          add('refundRate', r > 2 * t, 'shop', r, t, {
            zh: `退款率 ${pct(r)}，高于目标 ${pct(t)}。`,
            en: `Refund rate ${pct(r)}, above its ${pct(t)} goal.`,
          });
        }
        break;
      }
      case 'complaintRate': {
        const r = pacing.complaintRate;
        if (r !== null && r > t) {
          add('complaintRate', r > 2 * t, 'shop', r, t, {
            zh: `投诉率 ${pct(r, 2)}，高于目标 ${pct(t, 2)}。`,
            en: `Complaint rate ${pct(r, 2)}, above its ${pct(t, 2)} goal.`,
          });
        }
        break;
      }
    }
  }
  return out;
}
