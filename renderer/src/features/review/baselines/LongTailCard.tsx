import { Group, ScrollArea, Select, Table, Text } from '@mantine/core';
import type { NamedBaseline } from '../../../../../shared/domain';
import type { BaselineKpi, LongTailFigures, LongTailWeek } from '../../../../../shared/figures/baselines';
import { CommitNumberInput } from '../../../components/CommitInputs';
import { useFormat, useMessages } from '../../../i18n';
import { runEdit } from '../../../state/editActions';
import { setLongTailCompareEdit, setLongTailWeeksEdit } from '../reviewEdits';
import { BaselineCard } from './BaselineCard';
import { formatLift } from './LiftTable';
import { baselineMessages } from './messages';

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
        <Text size="sm" c="dimmed" data-testid="tail-no-days">
          {m.tailNoDays}
        </Text>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <Table
          withTableBorder
          verticalSpacing={2}
          horizontalSpacing="xs"
          fz="xs"
          data-testid="long-tail-weeks"
        >
          <Table.Thead>
            <Table.Tr style={{ whiteSpace: 'nowrap' }}>
              <Table.Th>{m.week}</Table.Th>
              <Table.Th ta="right">{m.days}</Table.Th>
              <Table.Th ta="right">{m.gmv}</Table.Th>
              <Table.Th ta="right">{m.vsBaseline}</Table.Th>
              <Table.Th ta="right">{m.buyers}</Table.Th>
              <Table.Th ta="right">{m.vsBaseline}</Table.Th>
              <Table.Th ta="right">{m.aov}</Table.Th>
              <Table.Th ta="right">{m.lift}</Table.Th>
              <Table.Th ta="right">{m.returning}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.weeks.map((w) => (
              <Table.Tr key={w.week} data-week={w.week}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {w.week} · {f.date(w.from, 'short')}–{f.date(w.to, 'short')}
                </Table.Td>
                <Table.Td ta="right">{w.days}</Table.Td>
                <Table.Td ta="right">{money(w.gmvMinor)}</Table.Td>
                <Table.Td ta="right" data-testid={`tail-gmv-lift-${w.week}`}>
                  {formatLift(f, liftOf(w, 'gmv'))}
                </Table.Td>
                <Table.Td ta="right">{count(w.buyers)}</Table.Td>
                <Table.Td ta="right">{formatLift(f, liftOf(w, 'buyers'))}</Table.Td>
                <Table.Td ta="right">{money(aovOf(w))}</Table.Td>
                <Table.Td ta="right">{formatLift(f, liftOf(w, 'aov'))}</Table.Td>
                <Table.Td ta="right">
                  {w.returningShare === null ? '—' : f.percent(w.returningShare, 1)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Text size="xs" c="dimmed">
        {m.returningNote}
      </Text>
    </BaselineCard>
  );
}
