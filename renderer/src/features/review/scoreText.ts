import { listIn } from '../../../../shared/i18n/locale';
import type { IndicatorScore, ScoreBlock } from '../../../../shared/review/score';
import { shownShares } from '../../../../shared/review/shownWeights';
import type { Formatters } from '../../i18n';
import type { ReviewMessages } from './messages';

/** Why a composite score cannot be given yet, in words (screen and report alike). */
export function blockText(
  block: ScoreBlock,
  m: ReviewMessages,
  f: Formatters,
  names: Map<string, string>,
): string {
  switch (block.code) {
    case 'missingAttainment':
      return m.score.blocks.missingAttainment(
        listIn(
          f.locale,
          block.indicatorIds.map((id) => names.get(id) ?? id),
        ),
      );
    case 'ahpInconsistent':
      return m.score.blocks.ahpInconsistent(f.number(block.cr, 3));
    default:
      return m.score.blocks[block.code];
  }
}

/**
 * Each indicator's weight, attainment, points and contribution as the score table writes them —
 * on the screen, in the report and in its PDF alike, each column with its decimals fixed so it
 * lines up (75.0 % under 91.4 %, 39.90 over 16.95). The weights are shown to 0.1 % so that they
 * add up to 100.0 % (shownShares, docs/figures-goals.md "Weights as shown"); the score is worked
 * out from the exact ones.
 */
export function scoreTableCells(
  f: Formatters,
  rows: readonly IndicatorScore[],
): [string, string, string, string][] {
  const fixed = { fixed: true };
  const weights = shownShares(rows.map((r) => r.weight));
  return rows.map((row, i) => [
    f.percent(weights[i] ?? row.weight, 1, fixed),
    row.attainment === null ? '—' : f.percent(row.attainment, 1, fixed),
    row.points === null ? '—' : f.number(row.points, 1, fixed),
    row.contribution === null ? '—' : f.number(row.contribution, 2, fixed),
  ]);
}
