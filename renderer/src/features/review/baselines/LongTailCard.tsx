import { Group, ScrollArea, Select, Text } from '@mantine/core';
import type { NamedBaseline } from '../../../../../shared/domain';
import type { BaselineKpi, LongTailFigures, LongTailWeek } from '../../../../../shared/figures/baselines';
import { CommitNumberInput } from '../../../components/CommitInputs';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat, useMessages } from '../../../i18n';
import { runEdit } from '../../../state/editActions';
import { setLongTailCompareEdit, setLongTailWeeksEdit } from '../reviewEdits';
import { BaselineCard } from './BaselineCard';
import { formatLift } from './LiftTable';
import { baselineMessages } from './messages';
import { ToActualsButton } from './ToActualsButton';

function liftOf(week: LongTailWeek, kpi: BaselineKpi): number | null {
  return week.lifts.find((l) => l.kpi === kpi)?.lift ?? null;
}

function aovOf(week: LongTailWeek): number | null {
  return week.lifts.find((l) => l.kpi === 'aov')?.campaign ?? null;
}

/** The N weeks after the campaign: per week totals, per-day lifts and the returning-buyer share. */
export function LongTailCard({
  figures,
  befores,
  currency,
}: {
  figures: LongTailFigures;
  /** The plan's before-the-campaign baselines, to compare with. */
  befores: readonly Extract<NamedBaseline, { kind: 'before' }>[];
  currency: string;
}) {
  const m = useMessages(baselineMessages);
  const f = useFormat();
  const { baseline } = figures;
  const hasDays = figures.weeks.some((w) => w.days > 0);
  const money = (v: number | null) => (v === null ? '—' : f.money(v, currency));
  const count = (v: number | null) => (v === null ? '—' : f.number(v));
  return (
    <BaselineCard baseline={baseline} isWide>
      <Group gap="xs" align="flex-end">
        <CommitNumberInput
          size="xs"
          w={90}
          label={m.weeks}
          min={1}
          max={26}
          allowDecimal={false}
          allowNegative={false}
          value={baseline.weeks}
          onCommit={(weeks) =>
            weeks !== null && weeks >= 1 && weeks <= 26
              ? runEdit(setLongTailWeeksEdit, { id: baseline.id, patch: { weeks } })
              : false
          }
        />
        {befores.length > 0 && (
          <Select
            size="xs"
            w={220}
            label={m.compareWith}
            value={figures.against?.id ?? null}
            data={befores.map((b) => ({ value: b.id, label: b.name || m.kind.before }))}
            onChange={(id) =>
              id && runEdit(setLongTailCompareEdit, { id: baseline.id, patch: { compareWithId: id } })
            }
            allowDeselect={false}
          />
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {m.tailStart(f.date(figures.start, 'long'))}
      </Text>
      {figures.against === null && (
        <Text size="sm" c="dimmed" data-testid="tail-no-before">
          {m.tailNoBefore}
        </Text>
      )}
      {!hasDays && (
        <Group gap="sm">
          <Text size="sm" c="dimmed" data-testid="tail-no-days">
            {m.tailNoDays}
          </Text>
          <ToActualsButton testId={`tail-to-actuals-${figures.baseline.id}`} />
        </Group>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <FigureTable
          withTableBorder
          verticalSpacing={2}
          horizontalSpacing="xs"
          fz="xs"
          data-testid="long-tail-weeks"
          rows={figures.weeks}
          rowKey={(w) => w.week}
          rowProps={(w) => ({ 'data-week': w.week })}
          columns={[
            {
              header: m.week,
              noWrap: true,
              cell: (w) => `${w.week} · ${f.date(w.from, 'short')}–${f.date(w.to, 'short')}`,
            },
            { header: m.days, noWrap: true, cell: (w) => w.days },
            { header: m.gmv, noWrap: true, cell: (w) => money(w.gmvMinor) },
            {
              header: m.vsBaseline,
              noWrap: true,
              cell: (w) => formatLift(f, liftOf(w, 'gmv')),
              testId: (w) => `tail-gmv-lift-${w.week}`,
            },
            { header: m.buyers, noWrap: true, cell: (w) => count(w.buyers) },
            { header: m.vsBaseline, noWrap: true, cell: (w) => formatLift(f, liftOf(w, 'buyers')) },
            { header: m.aov, noWrap: true, cell: (w) => money(aovOf(w)) },
            { header: m.lift, noWrap: true, cell: (w) => formatLift(f, liftOf(w, 'aov')) },
            {
              header: m.returning,
              noWrap: true,
              cell: (w) => (w.returningShare === null ? '—' : f.percent(w.returningShare, 1)),
            },
          ]}
        />
      </ScrollArea>
      <Text size="xs" c="dimmed">
        {m.returningNote}
      </Text>
    </BaselineCard>
  );
}
