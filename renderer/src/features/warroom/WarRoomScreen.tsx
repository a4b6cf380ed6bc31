import { Button, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { evaluateAlerts } from '../../../../shared/warroom/alerts';
import { computePacing } from '../../../../shared/warroom/pacing';
import { SectionCard } from '../../components/SectionCard';
import { useMessages } from '../../i18n';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { usePlanDoc } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { AlertList } from './AlertList';
import { DataEntryPanel } from './DataEntryPanel';
import { IncidentLog } from './IncidentLog';
import { PaceTables } from './PaceTables';
import { ProfileEditor } from './ProfileEditor';
import { ReallocationCard } from './ReallocationCard';
import { WallDisplay } from './WallDisplay';
import { WarRoomCharts } from './WarRoomCharts';
import { warroomMessages } from './messages';
import { ScreenTitle } from '../../components/ScreenTitle';

function Figure({
  label,
  value,
  sub,
  testId,
}: {
  label: string;
  value: string;
  sub?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value}
      </Text>
      {sub && <Text size="sm">{sub}</Text>}
    </Card>
  );
}

export function WarRoomScreen() {
  const doc = usePlanDoc();
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const pacing = useMemo(() => computePacing(doc), [doc]);
  const alerts = useMemo(() => evaluateAlerts(doc, pacing), [doc, pacing]);
  const g = pacing.gmv;
  const dash = '—';
  const [wall, setWall] = useState(false);
  const closeWall = useCallback(() => setWall(false), []);
  const actions = useMemo(
    (): AppAction[] => [
      {
        id: 'warroom.wall',
        label: { zh: '作战室大屏', en: 'War room wall display' },
        keywords: ['大屏', '全屏', 'wall', 'full screen'],
        scope: 'screen',
        perform: () => setWall(true),
      },
    ],
    [],
  );
  useRegisterActions('warroom', actions);
  const money = (v: number | null) => (v === null ? dash : f.money(v));
  return (
    <Stack gap="md" p="md">
      <Group justify="space-between" align="flex-end">
        <ScreenTitle title={m.title} intro={m.intro} />
        <Group gap="sm">
          <Text data-testid="warroom-at">
            {m.at} {pacing.at.replace('T', ' ')}
          </Text>
          <Button variant="light" title={m.wallHint} onClick={() => setWall(true)} data-testid="warroom-wall">
            {m.wall}
          </Button>
        </Group>
      </Group>
      {wall && <WallDisplay pacing={pacing} alerts={alerts} onClose={closeWall} />}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          label={m.actual}
          value={f.money(g.actualMinor)}
          testId="warroom-actual"
          sub={`${m.target} ${money(g.targetToDateMinor)}`}
        />
        <Figure
          label={m.pace}
          value={g.pace === null ? dash : f.percent(g.pace)}
          testId="warroom-pace"
          sub={g.goalMinor === null ? m.noGoal : `${m.goal} ${money(g.goalMinor)}`}
        />
        <Figure
          label={m.projectedCurve}
          value={money(g.projectedByCurveMinor)}
          sub={g.gapByCurveMinor === null ? undefined : m.gap(f.money(g.gapByCurveMinor))}
        />
        <Figure
          label={m.projectedRunRate}
          value={money(g.projectedByRunRateMinor)}
          sub={g.neededPerHourMinor === null ? undefined : `${m.needed} ${f.money(g.neededPerHourMinor)}`}
        />
      </SimpleGrid>
      <WarRoomCharts pacing={pacing} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <AlertList alerts={alerts} />
        <DataEntryPanel day={pacing.lastHour.slice(0, 10)} />
      </SimpleGrid>
      <IncidentLog />
      <PaceTables pacing={pacing} alerts={alerts} />
      <ReallocationCard pacing={pacing} />
      <ProfileEditor today={pacing.lastHour.slice(0, 10)} />
      <SectionCard title={m.hours}>
        <Table striped withTableBorder data-testid="warroom-hours">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.hour}</Table.Th>
              <Table.Th>{m.actual}</Table.Th>
              <Table.Th>{m.hourTarget}</Table.Th>
              <Table.Th>{m.uv}</Table.Th>
              <Table.Th>{m.buyers}</Table.Th>
              <Table.Th>{m.conversion}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pacing.hours
              .filter((h) => h.gmvMinor !== null)
              .map((h) => (
                <Table.Tr key={h.hour}>
                  <Table.Td>{h.hour.replace('T', ' ')}</Table.Td>
                  <Table.Td>{money(h.gmvMinor)}</Table.Td>
                  <Table.Td>{f.money(h.targetMinor)}</Table.Td>
                  <Table.Td>{h.uv === null ? dash : f.number(h.uv, 0)}</Table.Td>
                  <Table.Td>{h.buyers === null ? dash : f.number(h.buyers, 0)}</Table.Td>
                  <Table.Td>{h.conversion === null ? dash : f.percent(h.conversion, 2)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </SectionCard>
    </Stack>
  );
}
