import { listIn } from '../../../../shared/i18n/locale';
import type { ScoreBlock } from '../../../../shared/review/score';
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
