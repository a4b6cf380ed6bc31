import { ScrollArea, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Plan } from '../../../../../shared/domain';
import type { LastYearFigures } from '../../../../../shared/figures/baselines';
import { lastYearChoice } from '../../../../../shared/review/baselines';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat, useMessages } from '../../../i18n';
import { usePlanDoc } from '../../../state/planStore';
import { runEdit } from '../../../state/editActions';
import { setLastYearSourceEdit } from '../reviewEdits';
import { BaselineCard } from './BaselineCard';
import { LiftTable } from './LiftTable';
import { baselineMessages } from './messages';

/** "T-2", "T-0", "T+1": a day's distance from its plan's peak. */
export function offsetLabel(offset: number): string {
  return offset === 0 ? 'T-0' : offset < 0 ? `T${offset}` : `T+${offset}`;
}

/** Last year's same campaign from the library, aligned on the peak day. */
export function LastYearBaselineCard({
  figures,
  plans,
  isLoading,
}: {
  figures: LastYearFigures;
  /** The other plans of the library; null while they are read. */
  plans: Plan[] | null;
  isLoading: boolean;
}) {
  const m = useMessages(baselineMessages);
  const f = useFormat();
  const doc = usePlanDoc();
  const { baseline } = figures;
  const candidates = useMemo(
    () => (plans ? lastYearChoice(doc.plan, plans).candidates : []),
    [doc.plan, plans],
  );
  const currency = doc.plan.currency;
  const lastCurrency = figures.source?.currency ?? currency;
  const money = (v: number | null, c: string) => (v === null ? '—' : f.money(v, c));
  const hasNoEarlier = plans !== null && candidates.length === 0;
  return (
    <BaselineCard baseline={baseline}>
      {hasNoEarlier ? (
        <Text size="sm" c="dimmed" data-testid="baseline-no-earlier">
          {m.noEarlier}
        </Text>
      ) : (
        <Select
          size="xs"
          w={360}
          label={m.sourcePlan}
          placeholder={m.pickPlan}
          searchable
          value={baseline.sourcePlanId}
          data={candidates.map((p) => ({ value: p.id, label: `${p.name} · ${p.peakDate}` }))}
          onChange={(id) =>
            id &&
            runEdit(setLastYearSourceEdit, { id: baseline.id, patch: { sourcePlanId: id as Plan['id'] } })
          }
          allowDeselect={false}
          data-testid="baseline-source"
        />
      )}
      {figures.status === 'notPicked' && !hasNoEarlier && (
        <Text size="sm" c="dimmed">
          {m.notPicked}
        </Text>
      )}
      {figures.status === 'missing' && !isLoading && (
        <Text size="sm" c="red.8">
          {m.missing}
        </Text>
      )}
      {figures.status === 'ok' && figures.source && (
        <>
          <Text size="xs" c="dimmed" data-testid="baseline-aligned-note">
            {figures.days > 0
              ? m.aligned(figures.days, f.date(figures.source.peakDate, 'long'))
              : m.sourceNoActuals}
            {figures.isOtherCurrency ? ` ${m.otherCurrency}` : ''}
          </Text>
          <LiftTable
            lifts={figures.lifts}
            currency={currency}
            baselineCurrency={lastCurrency}
            testId={`lift-${baseline.id}`}
          />
          {figures.aligned.length > 0 && (
            <>
              <Text size="xs" fw={600}>
                {m.alignedTitle}
              </Text>
              <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
                <FigureTable
                  withTableBorder
                  verticalSpacing={1}
                  horizontalSpacing="xs"
                  fz="xs"
                  data-testid="baseline-aligned"
                  rows={figures.aligned}
                  rowKey={(d) => d.offset}
                  rowProps={(d) => ({ fw: d.offset === 0 ? 700 : undefined })}
                  columns={[
                    { header: m.offset, cell: (d) => offsetLabel(d.offset) },
                    { header: m.thisYear, cell: (d) => d.thisDate, isText: true },
                    { header: m.gmv, cell: (d) => money(d.thisGmvMinor, currency) },
                    { header: m.lastYear, cell: (d) => d.lastDate, isText: true },
                    { header: m.gmv, cell: (d) => money(d.lastGmvMinor, lastCurrency) },
                  ]}
                />
              </ScrollArea.Autosize>
            </>
          )}
        </>
      )}
    </BaselineCard>
  );
}
