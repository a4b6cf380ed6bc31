import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { PhaseId, PlanDocument } from '../../../../shared/domain';
import { checkShares, dayShares, scaleToWhole, type DayShare } from '../../../../shared/figures';
import { PercentInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { resetDaySharesEdit, setDaySharesEdit } from './forecastEdits';
import { useMoney } from '../budget/useMoney';
import { curveMessages } from './curveMessages';
import { ShareSum } from './ShareSum';

/** The days of one phase and their share of it, typed in percent (docs/figures.md). */
export function DayCurveEditor({ doc }: { doc: PlanDocument }) {
  const m = useMessages(curveMessages);
  const phases = useMemo(() => [...doc.phases].sort((a, b) => a.order - b.order), [doc.phases]);
  const [picked, setPicked] = useState<string | null>(null);
  const phase = phases.find((p) => p.id === picked) ?? phases.find((p) => p.kind === 'burst') ?? phases[0];
  const days = useMemo(() => (phase ? dayShares(doc, phase.id) : []), [doc, phase]);
  if (!phase) return null;
  return (
    <Stack gap={4} data-testid="day-curve">
      <Group gap="sm" align="flex-end">
        <Text fw={600} size="sm">
          {m.dayTitle}
        </Text>
        <Select
          size="xs"
          w={200}
          aria-label={m.dayPhase}
          data={phases.map((p) => ({ value: p.id, label: p.name }))}
          value={phase.id}
          allowDeselect={false}
          onChange={(v) => setPicked(v)}
        />
        <Text size="xs" c="dimmed">
          {m.dayDefault}
        </Text>
      </Group>
      <DayShareGrid
        key={`${phase.id}|${days.map((d) => d.share).join(',')}`}
        phaseId={phase.id}
        phaseName={phase.name}
        isEdited={phase.dayWeights != null}
        days={days}
      />
    </Stack>
  );
}

function DayShareGrid({
  phaseId,
  phaseName,
  isEdited,
  days,
}: {
  phaseId: PhaseId;
  phaseName: string;
  isEdited: boolean;
  days: DayShare[];
}) {
  const m = useMessages(curveMessages);
  const format = useMoney();
  const [draft, setDraft] = useState<number[]>(() => days.map((d) => d.share));
  const check = checkShares(draft);
  const isChanged = draft.some((v, i) => v !== days[i]?.share);
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 4, md: 7 }} spacing={6} verticalSpacing={4}>
        {days.map((d, i) => (
          <PercentInput
            key={d.date}
            size="xs"
            decimalScale={2}
            label={d.date.slice(5)}
            aria-label={m.dayShare(d.date)}
            valueFraction={draft[i] ?? 0}
            onCommitFraction={(v) => setDraft(draft.map((x, j) => (j === i ? (v ?? 0) : x)))}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ShareSum check={check} format={format} testId="day-curve-sum" />
          {!check.isComplete && (
            <Text size="xs" c="orange.8">
              {m.notComplete}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            disabled={!isEdited}
            onClick={() => runEdit(resetDaySharesEdit, { phaseId, phaseName })}
          >
            {m.resetDays}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={check.isComplete || check.sum <= 0}
            onClick={() => setDraft(scaleToWhole(draft))}
          >
            {m.scale}
          </Button>
          <Button
            size="xs"
            disabled={!check.isComplete || !isChanged}
            onClick={() => runEdit(setDaySharesEdit, { phaseId, phaseName, shares: draft })}
          >
            {m.apply}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
