import { memo } from 'react';
import type { SpendPacing } from '../../../../shared/charts/pacing';
import { useFormat, useMessages } from '../../i18n';
import { timelineMessages } from './messages';

/** The pacing strip's legend beside the grid: planned spend in all, and actual spend so far. */
export const PacingLegend = memo(function PacingLegend({
  pacing,
  currency,
}: {
  pacing: SpendPacing;
  currency: string;
}) {
  const m = useMessages(timelineMessages);
  const fmt = useFormat();
  const totalPlanned = pacing.plannedCumulativeMinor.at(-1) ?? 0;
  const lastActual = pacing.actualCumulativeMinor.filter((v) => v !== null).at(-1) ?? null;
  return (
    <div>
      <div className="tl-pacing-title">{m.pacingTitle}</div>
      <div>
        <span className="tl-key" style={{ background: '#4c6ef5' }} /> {m.pacingPlanned}{' '}
        {fmt.money(totalPlanned, currency, { wan: true })}
      </div>
      {lastActual !== null && (
        <div>
          <span className="tl-key" style={{ background: '#f76707' }} /> {m.pacingActual}{' '}
          {fmt.money(lastActual, currency, { wan: true })}
        </div>
      )}
    </div>
  );
});
