import { actualCountKeys, type ActualDay, type Channel } from '../../domain';
import { makeProblem } from '../problems';
import { channelFinder } from './channelFinder';
import { actualsFields } from './fields';
import { parseMoneyMinor, parseRate } from './numbers';
import { numberOf, recordSheetReader, type CellNumber } from './recordSheet';
import { textOf } from './rows';
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

const moneyFields = [
  ['gmv', 'gmvMinor'],
  ['spend', 'spendMinor'],
  ['refunds', 'refundsMinor'],
] as const;

/**
 * A shop back office's daily export (生意参谋, 京东商智, 抖店罗盘 …). Derived figures — conversion
 * and AOV — are read only to cross-check the row: they are never stored, the app computes them.
 */
export const importActualsSheet = recordSheetReader<ActualsImport, ActualsContext>(
  { fields: actualsFields, labelFields: ['date', 'channel'], dateFields: ['date'] },
  (sheet, ctx) => {
    const { problems, perMajor } = sheet;
    const label = sheet.fieldLabel;
    const channels = channelFinder(ctx);
    const rows: ActualRow[] = [];
    const rowOfIndex: number[] = [];
    const seen = new Map<string, number>();

    sheet.eachRow((row) => {
      const day = sheet.date(row, 'date', 'required');
      // Counts may not be negative; a money cell is checked only for being a number.
      const figures: Record<string, CellNumber> = {};
      for (const f of actualCountKeys) figures[f] = sheet.count(row, f);
      for (const [f, key] of moneyFields) figures[key] = sheet.money(row, f, 'allowed');
      const num = (k: string): number | null => numberOf(figures[k] ?? null);

      // Only a row without an error is cross-checked and finds (or adds) its channel.
      return () => {
        // Cross-checks: 支付转化率 ≈ buyers ÷ UV and 客单价 ≈ GMV ÷ buyers, to the shown precision.
        const conv = parseRate(row.cells.conversion ?? null, sheet.isPercentColumn('conversion'));
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
                sheet.place(row, 'conversion'),
                'warning',
              ),
            );
          }
        } else if (conv && !conv.ok) {
          problems.push(
            makeProblem(
              'notAPercent',
              { value: textOf(row, 'conversion'), ...label('conversion') },
              sheet.place(row, 'conversion'),
              'warning',
            ),
          );
        }
        const aov = parseMoneyMinor(row.cells.aov ?? null, sheet.unitFactor('aov'), perMajor);
        const gmv = num('gmvMinor');
        if (aov?.ok && gmv !== null && buyers) {
          const expected = gmv / buyers;
          if (Math.abs(expected - aov.value) > Math.max(perMajor, aov.value * 0.01)) {
            problems.push(
              makeProblem(
                'crossCheckMismatch',
                { value: textOf(row, 'aov'), expected: (expected / perMajor).toFixed(2), ...label('aov') },
                sheet.place(row, 'aov'),
                'warning',
              ),
            );
          }
        }

        const channelName = textOf(row, 'channel');
        const channelId = channels.find(channelName);
        const date = day?.date ?? '';
        const slot = `${date}|${channelId ?? ''}`;
        const earlier = seen.get(slot);
        if (earlier !== undefined) {
          problems.push(
            makeProblem(
              'duplicateRow',
              { otherRow: rowOfIndex[earlier] ?? 0, value: `${date} ${channelName}`.trim() },
              sheet.place(row, 'date'),
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
      };
    });
    return { rows, newChannels: channels.added, rowOfIndex };
  },
);
