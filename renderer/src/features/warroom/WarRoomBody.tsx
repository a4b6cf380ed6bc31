import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import { AlertList } from './AlertList';
import { DataEntryPanel } from './DataEntryPanel';
import { IncidentLog } from './IncidentLog';
import { PaceTables } from './PaceTables';
import { ProfileEditor } from './ProfileEditor';
import { ReallocationCard } from './ReallocationCard';
import { WarRoomCharts } from './WarRoomCharts';
import { asOfText, headlineFigures, type PaceView } from './headlineFigures';
import { warroomMessages } from './messages';
import { FigureCard } from '../../components/FigureCard';
import { ScreenTitle } from '../../components/ScreenTitle';
import { GoToTabButton } from '../../components/GoToTabButton';
import { usePlanDoc } from '../../state/planStore';

/** The war room screen's figures, charts, tables and data entry (docs/warroom.md). */
export function WarRoomBody({ pacing, alerts, onWall }: PaceView & { onWall(): void }) {
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const planId = usePlanDoc().plan.id;
  const figures = headlineFigures(pacing.gmv, m, f);
  const dash = '—';
  const money = (v: number | null) => (v === null ? dash : f.money(v));
  const shownHours = pacing.hours.filter((h) => h.gmvMinor !== null);
  return (
    <Stack gap="md" p="md">
      <Group justify="space-between" align="flex-end">
        <ScreenTitle title={m.title} intro={m.intro} />
        <Group gap="sm">
          <Text data-testid="warroom-at">{asOfText(pacing, m)}</Text>
          <Button variant="light" title={m.wallHint} onClick={onWall} data-testid="warroom-wall">
            {m.wall}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <FigureCard look="large" label={m.actual} testId="warroom-actual" {...figures.actual} />
        <FigureCard look="large" label={m.pace} testId="warroom-pace" {...figures.pace} />
        <FigureCard look="large" label={m.projectedCurve} {...figures.projectedCurve} />
        <FigureCard look="large" label={m.projectedRunRate} {...figures.projectedRunRate} />
      </SimpleGrid>
      {pacing.gmv.goalMinor === null && (
        <Group gap="sm" data-testid="warroom-no-goal">
          <Text size="sm" c="dimmed">
            {m.noGoalHint}
          </Text>
          <GoToTabButton planId={planId} tab="goals" />
        </Group>
      )}
      <WarRoomCharts pacing={pacing} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <AlertList alerts={alerts} />
        <DataEntryPanel day={pacing.lastHour.slice(0, 10)} />
      </SimpleGrid>
      <IncidentLog day={pacing.lastHour.slice(0, 10)} />
      <PaceTables pacing={pacing} alerts={alerts} />
      <ReallocationCard pacing={pacing} />
      <ProfileEditor today={pacing.lastHour.slice(0, 10)} />
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {m.hours}
        </Title>
        {shownHours.length === 0 ? (
          <Text c="dimmed" data-testid="warroom-hours-empty">
            {m.noHourData}
          </Text>
        ) : (
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
              {shownHours.map((h) => (
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
        )}
      </Card>
    </Stack>
  );
}
