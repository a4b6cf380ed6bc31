import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { hasFired, type Alert } from '../../../../shared/warroom/alerts';
import type { Pacing } from '../../../../shared/warroom/pacing';
import { useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import { warroomMessages } from './messages';

const dash = '—';

/**
 * Channels' GMV, spend and 投产比 against plan, and the SKUs' sales and hours of stock cover; a
 * figure an alert rule fired on is marked with the rule's own threshold, not a second one.
 */
export function PaceTables({ pacing, alerts }: { pacing: Pacing; alerts: readonly Alert[] }) {
  const fired = (code: Alert['code'], subject: string) => hasFired(alerts, code, subject);
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const ratio = (v: number | null) => (v === null ? dash : f.number(v, 2));
  const channels = pacing.channels.filter((c) => c.gmvMinor > 0 || c.spendMinor > 0);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {m.channels}
        </Title>
        {channels.length === 0 ? (
          <Text c="dimmed" size="sm">
            {m.noChannels}
          </Text>
        ) : (
          <Table striped withTableBorder data-testid="warroom-channels">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.channel}</Table.Th>
                <Table.Th ta="right">{m.gmv}</Table.Th>
                <Table.Th ta="right">{m.spend}</Table.Th>
                <Table.Th ta="right">{m.roas}</Table.Th>
                <Table.Th ta="right">{m.planRoas}</Table.Th>
                <Table.Th ta="right">{m.spendPace}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.map((c) => (
                <Table.Tr key={c.channelId}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td ta="right">{f.money(c.gmvMinor)}</Table.Td>
                  <Table.Td ta="right">{f.money(c.spendMinor)}</Table.Td>
                  <Table.Td ta="right" c={fired('channelRoas', c.name) ? 'red.8' : undefined}>
                    {ratio(c.roas)}
                  </Table.Td>
                  <Table.Td ta="right">{ratio(c.planRoas)}</Table.Td>
                  <Table.Td ta="right" c={fired('spendAhead', c.name) ? 'red.8' : undefined}>
                    {c.spendPace === null ? dash : f.percent(c.spendPace)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {m.skus}
        </Title>
        {pacing.skus.length === 0 ? (
          <Text c="dimmed" size="sm">
            {m.noSkus}
          </Text>
        ) : (
          <Table striped withTableBorder data-testid="warroom-skus">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.sku}</Table.Th>
                <Table.Th ta="right">{m.unitsSold}</Table.Th>
                <Table.Th ta="right">{m.gmv}</Table.Th>
                <Table.Th ta="right">{m.stock}</Table.Th>
                <Table.Th ta="right">{m.cover}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pacing.skus.map((s) => (
                <Table.Tr key={s.sku}>
                  <Table.Td>{s.name ? `${s.sku} ${s.name}` : s.sku}</Table.Td>
                  <Table.Td ta="right">{f.number(s.unitsSold, 0)}</Table.Td>
                  <Table.Td ta="right">{f.money(s.gmvMinor)}</Table.Td>
                  <Table.Td ta="right">{s.stock === null ? dash : f.number(s.stock, 0)}</Table.Td>
                  <Table.Td ta="right" c={fired('stockCover', s.sku) ? 'red.8' : undefined}>
                    {s.hoursOfCover === null ? dash : m.hoursShort(f.number(s.hoursOfCover, 1))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </SimpleGrid>
  );
}
