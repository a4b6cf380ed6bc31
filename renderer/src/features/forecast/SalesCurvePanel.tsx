import { Badge, Button, Card, ColorSwatch, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { PhaseId, PlanDocument } from '../../../../shared/domain';
import type { PhaseForecast } from '../../../../shared/forecast/funnel';
import { checkShares, isSalesCurveEdited, scaleToWhole, type PhaseShare } from '../../../../shared/figures';
import { PercentInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import { resetSalesCurveEdit, setPhaseSharesEdit } from './forecastEdits';
import type { MoneyFormat } from '../budget/useMoney';
import { curveMessages } from './curveMessages';
import { DayCurveEditor } from './DayCurveEditor';
import { SalesCurveChart } from './SalesCurveChart';
import { ShareSum } from './ShareSum';

const num = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const };

/** The plan, its stored sales curve and the forecast split by phase that the curve gives. */
interface SalesCurveProps {
  doc: PlanDocument;
  curve: PhaseShare[];
  byPhase: PhaseForecast[];
  format: MoneyFormat;
}

/**
 * The sales curve on the forecast screen: each phase's share of GMV and UV (typed in percent,
 * applied only when each column adds up to 100 %), the forecast's split by phase it gives, the
 * days inside a phase, and the curve drawn day by day (docs/figures.md "Editing the sales curve").
 */
export function SalesCurvePanel({ doc, curve, byPhase, format }: SalesCurveProps) {
  const m = useMessages(curveMessages);
  const isEdited = isSalesCurveEdited(doc);
  const actions = useMemo<AppAction[]>(
    () => (isEdited ? [editCommand(resetSalesCurveEdit, () => undefined)] : []),
    [isEdited],
  );
  useRegisterActions('forecast.salesCurve', actions);
  // A new draft whenever the stored curve changes (an apply, an undo, a reset).
  const key = curve.map((s) => `${s.phaseId}:${s.gmvShare}:${s.uvShare}`).join('|');
  return (
    <Card withBorder padding="sm" data-testid="sales-curve">
      <Text fw={600}>{m.title}</Text>
      <Text size="xs" c="dimmed" mb="xs">
        {m.intro}
      </Text>
      {curve.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.noPhases}
        </Text>
      ) : (
        <Stack gap="sm">
          <PhaseShareTable key={key} doc={doc} curve={curve} byPhase={byPhase} format={format} />
          <DayCurveEditor doc={doc} />
          <SalesCurveChart doc={doc} />
        </Stack>
      )}
    </Card>
  );
}

type Draft = Record<string, { gmv: number; uv: number }>;
const SHARE_KINDS = ['gmv', 'uv'] as const;

function PhaseShareTable({ doc, curve, byPhase, format }: SalesCurveProps) {
  const m = useMessages(curveMessages);
  const initial = useMemo<Draft>(
    () => Object.fromEntries(curve.map((s) => [s.phaseId, { gmv: s.gmvShare, uv: s.uvShare }])),
    [curve],
  );
  const [draft, setDraft] = useState<Draft>(initial);
  const [isScaled, setScaled] = useState(false);
  const phases = new Map(doc.phases.map((p) => [p.id as string, p]));
  const forecastOf = new Map(byPhase.map((p) => [p.phaseId as string, p]));
  const gmv = checkShares(curve.map((s) => draft[s.phaseId]?.gmv ?? 0));
  const uv = checkShares(curve.map((s) => draft[s.phaseId]?.uv ?? 0));
  const isChanged = curve.some(
    (s) => draft[s.phaseId]?.gmv !== s.gmvShare || draft[s.phaseId]?.uv !== s.uvShare,
  );
  const isComplete = gmv.isComplete && uv.isComplete;

  const set = (id: PhaseId, kind: 'gmv' | 'uv', v: number | null) => {
    const row = draft[id] ?? { gmv: 0, uv: 0 };
    setDraft({ ...draft, [id]: { ...row, [kind]: v ?? 0 } });
    setScaled(false);
  };
  const scale = () => {
    const g = scaleToWhole(curve.map((s) => draft[s.phaseId]?.gmv ?? 0));
    const u = scaleToWhole(curve.map((s) => draft[s.phaseId]?.uv ?? 0));
    setDraft(Object.fromEntries(curve.map((s, i) => [s.phaseId, { gmv: g[i] ?? 0, uv: u[i] ?? 0 }])));
    setScaled(true);
  };
  const apply = () =>
    runEdit(
      setPhaseSharesEdit,
      curve.map((s) => ({
        phaseId: s.phaseId,
        gmvShare: draft[s.phaseId]?.gmv ?? 0,
        uvShare: draft[s.phaseId]?.uv ?? 0,
      })),
    );

  return (
    <Stack gap={4}>
      <Table withTableBorder verticalSpacing={2} data-testid="sales-curve-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.phase}</Table.Th>
            <Table.Th>{m.dates}</Table.Th>
            <Table.Th w={120}>{m.gmvShare}</Table.Th>
            <Table.Th w={120}>{m.uvShare}</Table.Th>
            <Table.Th style={num}>{m.forecastGmv}</Table.Th>
            <Table.Th style={num}>{m.forecastUv}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {curve.map((s) => {
            const p = phases.get(s.phaseId);
            const f = forecastOf.get(s.phaseId);
            return (
              <Table.Tr key={s.phaseId} data-testid="sales-curve-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ColorSwatch color={p?.color ?? '#8da2fb'} size={10} withShadow={false} />
                    <Text size="sm">{s.name}</Text>
                    {s.isEdited && (
                      <Badge size="xs" variant="light">
                        {m.edited}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {p ? `${p.startDate.slice(5)} – ${p.endDate.slice(5)}` : ''}
                  </Text>
                </Table.Td>
                {SHARE_KINDS.map((kind) => (
                  <Table.Td key={kind}>
                    <PercentInput
                      size="xs"
                      decimalScale={2}
                      aria-label={`${kind === 'gmv' ? m.gmvShare : m.uvShare} ${s.name}`}
                      valueFraction={draft[s.phaseId]?.[kind] ?? 0}
                      onCommitFraction={(v) => set(s.phaseId, kind, v)}
                    />
                  </Table.Td>
                ))}
                <Table.Td style={num} data-testid="sales-curve-gmv">
                  {f ? format.money(f.gmvMinor) : '—'}
                </Table.Td>
                <Table.Td style={num}>{f ? format.number(f.uv, 0) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td colSpan={2} fw={700}>
              {m.total}
            </Table.Td>
            <Table.Td>
              <ShareSum check={gmv} format={format} testId="sales-curve-gmv-sum" />
            </Table.Td>
            <Table.Td>
              <ShareSum check={uv} format={format} testId="sales-curve-uv-sum" />
            </Table.Td>
            <Table.Td colSpan={2} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c={isComplete ? 'dimmed' : 'orange.8'} data-testid="sales-curve-status">
          {!isComplete ? m.notComplete : isScaled ? m.scaled : ''}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            disabled={!isSalesCurveEdited(doc)}
            onClick={() => runEdit(resetSalesCurveEdit, undefined)}
          >
            {m.reset}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={isComplete || (gmv.sum <= 0 && uv.sum <= 0)}
            onClick={scale}
          >
            {m.scale}
          </Button>
          <Button size="xs" disabled={!isComplete || !isChanged} onClick={apply}>
            {m.apply}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
