import { actualCountKeys, type ActualDay, type Channel } from '../../domain';
import { minorPerMajor } from '../../budget/money';
import { makeProblem, type ImportProblem } from '../problems';
import type { SheetGrid } from './grid';
import { channelFinder } from './channelFinder';
import { actualsFields } from './fields';
import { parseCount, parseMoneyMinor, parseRate } from './numbers';
import { openSheet, prepareDates, textOf, type MappedRow, type SheetMapping } from './rows';
import type { RowsContext } from './schedule';

/** One imported day as the review's `mergeImportedActuals` takes it (no id, no planId yet). */
export type ActualRow = Omit<ActualDay, 'id' | 'planId'>;

export interface ActualsImport {
  rows: ActualRow[];
  /** Channels named in the sheet that the plan does not have yet; rows point at their ids. */
  newChannels: Channel[];
  rowOfIndex: number[];
  rejectedRows: number[];
  rowCount: number;
}

export interface ActualsContext extends RowsContext {
  /** The plan's channels, matched by name (case-insensitive) before any new one is made. */
  channels: readonly Channel[];
  period: ActualDay['period'];
}

const label = (key: string): { fieldZh: string; fieldEn: string } => {
  const def = actualsFields.find((d) => d.key === key);
  return { fieldZh: def?.label.zh ?? key, fieldEn: def?.label.en ?? key };
};

const moneyFields = [
  ['gmv', 'gmvMinor'],
  ['spend', 'spendMinor'],
  ['refunds', 'refundsMinor'],
] as const;

/**
 * A shop back office's daily export (生意参谋, 京东商智, 抖店罗盘 …). Derived figures — conversion
 * and AOV — are read only to cross-check the row: they are never stored, the app computes them.
 */
export function importActualsSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  ctx: ActualsContext,
): { value: ActualsImport; problems: ImportProblem[] } {
  const reader = openSheet(grid, mapping, ['date', 'channel']);
  const dates = prepareDates(reader, ['date'], { planStart: ctx.planStart, today: ctx.today });
  const problems = reader.problems;
  const perMajor = minorPerMajor(ctx.currency);
  const channels = channelFinder(ctx);
  const rows: ActualRow[] = [];
  const rowOfIndex: number[] = [];
  const rejectedRows: number[] = [];
  const seen = new Map<string, number>();

  const count = (row: MappedRow, field: string): number | null | 'bad' => {
    const p = parseCount(row.cells[field] ?? null, reader.unitFactor(field));
    if (p === null) return null;
    if (!p.ok || p.value < 0) {
      problems.push(
        makeProblem(
          p.ok ? 'negativeNotAllowed' : 'notANumber',
          { value: textOf(row, field), ...label(field) },
          reader.place(row, field),
        ),
      );
      return 'bad';
    }
    return p.value;
  };
  const money = (row: MappedRow, field: string): number | null | 'bad' => {
    const p = parseMoneyMinor(row.cells[field] ?? null, reader.unitFactor(field), perMajor);
    if (p === null) return null;
    if (!p.ok) {
      problems.push(
        makeProblem('notANumber', { value: textOf(row, field), ...label(field) }, reader.place(row, field)),
      );
      return 'bad';
    }
    return p.value;
  };

  for (const row of reader.rows) {
    const before = problems.length;
    const d = dates.read(row, 'date');
    if (!d.ok) {
      const code =
        d.reason === 'blank' ? 'missingDate' : d.reason === 'impossible' ? 'impossibleDate' : 'invalidDate';
      problems.push(
        makeProblem(code, { value: textOf(row, 'date'), ...label('date') }, reader.place(row, 'date')),
      );
    }
    const figures: Record<string, number | null | 'bad'> = {};
    for (const f of actualCountKeys) figures[f] = count(row, f);
    for (const [f, key] of moneyFields) figures[key] = money(row, f);
    if (!d.ok || problems.slice(before).some((p) => p.severity === 'error')) {
      rejectedRows.push(row.excelRow);
      continue;
    }
    const num = (k: string): number | null => {
      const v = figures[k];
      return typeof v === 'number' ? v : null;
    };

    // Cross-checks: 支付转化率 ≈ buyers ÷ UV and 客单价 ≈ GMV ÷ buyers, to the shown precision.
    const conv = parseRate(row.cells.conversion ?? null, reader.isPercentColumn('conversion'));
    const uv = num('uv');
    const buyers = num('buyers');
    if (conv?.ok && uv && buyers !== null) {
      const expected = buyers / uv;
      if (Math.abs(expected - conv.value) > 0.0005 + conv.value * 0.01) {
        problems.push(
          makeProblem(
            'crossCheckMismatch',
            {
              value: textOf(row, 'conversion'),
              expected: `${(expected * 100).toFixed(2)}%`,
              ...label('conversion'),
            },
            reader.place(row, 'conversion'),
            'warning',
          ),
        );
      }
    } else if (conv && !conv.ok) {
      problems.push(
        makeProblem(
          'notAPercent',
          { value: textOf(row, 'conversion'), ...label('conversion') },
          reader.place(row, 'conversion'),
          'warning',
        ),
      );
    }
    const aov = parseMoneyMinor(row.cells.aov ?? null, reader.unitFactor('aov'), perMajor);
    const gmv = num('gmvMinor');
    if (aov?.ok && gmv !== null && buyers) {
      const expected = gmv / buyers;
      if (Math.abs(expected - aov.value) > Math.max(perMajor, aov.value * 0.01)) {
        problems.push(
          makeProblem(
            'crossCheckMismatch',
            { value: textOf(row, 'aov'), expected: (expected / perMajor).toFixed(2), ...label('aov') },
            reader.place(row, 'aov'),
            'warning',
          ),
        );
      }
    }

    const channelName = textOf(row, 'channel');
    const channelId = channels.find(channelName);
    const date = d.ok ? d.date : '';
    const slot = `${date}|${channelId ?? ''}`;
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      problems.push(
        makeProblem(
          'duplicateRow',
          { otherRow: rowOfIndex[earlier] ?? 0, value: `${date} ${channelName}`.trim() },
          reader.place(row, 'date'),
          'warning',
        ),
      );
    }
    seen.set(slot, rows.length);
    rows.push({
      period: ctx.period,
      date,
      channelId,
      uv,
      pv: num('pv'),
      buyers,
      orders: num('orders'),
      gmvMinor: gmv,
      spendMinor: num('spendMinor'),
      couponsClaimed: num('couponsClaimed'),
      couponsRedeemed: num('couponsRedeemed'),
      refundsMinor: num('refundsMinor'),
      newCustomers: num('newCustomers'),
    });
    rowOfIndex.push(row.excelRow);
  }
  return {
    value: { rows, newChannels: channels.added, rowOfIndex, rejectedRows, rowCount: reader.rows.length },
    problems,
  };
}
