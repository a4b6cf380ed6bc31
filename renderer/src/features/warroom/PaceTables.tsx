import { SimpleGrid, Text } from '@mantine/core';
import { hasFired, type Alert } from '../../../../shared/warroom/alerts';
import type { Pacing } from '../../../../shared/warroom/pacing';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { FigureTable } from '../../components/FigureTable';
import { useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import { warroomMessages } from './messages';

const dash = '—';
const red = (isFired: boolean) => (isFired ? 'red.8' : undefined);

/**
 * Channels' GMV, spend and 投产比 against plan, and the SKUs' sales and hours of stock cover; a
 * figure an alert rule fired on is marked with the rule's own threshold, not a second one.
 */
export function PaceTables({ pacing, alerts }: { pacing: Pacing; alerts: readonly Alert[] }) {
  const fired = (code: Alert['code'], subject: string) => hasFired(alerts, code, subject);
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const ratio = (v: number | null) => (v === null ? dash : f.ratio(v));
  const channels = pacing.channels.filter((c) => c.gmvMinor > 0 || c.spendMinor > 0);
  return (
    // Side by side only where each table has room for its headers and figures on one line.
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      <SectionCardWithAction title={m.channels} padding="sm">
        {channels.length === 0 ? (
          <Text c="dimmed" size="sm">
            {m.noChannels}
          </Text>
        ) : (
          <FigureTable
            striped
            withTableBorder
            data-testid="warroom-channels"
            rows={channels}
            rowKey={(c) => c.channelId}
            columns={[
              { header: m.channel, noWrap: true, cell: (c) => c.name },
              { header: m.gmv, noWrap: true, cell: (c) => f.money(c.gmvMinor) },
              { header: m.spend, noWrap: true, cell: (c) => f.money(c.spendMinor) },
              {
                header: m.roas,
                noWrap: true,
                cell: (c) => ratio(c.roas),
                color: (c) => red(fired('channelRoas', c.name)),
              },
              { header: m.planRoas, noWrap: true, cell: (c) => ratio(c.planRoas) },
              {
                header: m.spendPace,
                noWrap: true,
                cell: (c) => (c.spendPace === null ? dash : f.percent(c.spendPace)),
                color: (c) => red(fired('spendAhead', c.name)),
              },
            ]}
          />
        )}
      </SectionCardWithAction>
      <SectionCardWithAction title={m.skus} padding="sm">
        {pacing.skus.length === 0 ? (
          <Text c="dimmed" size="sm">
            {m.noSkus}
          </Text>
        ) : (
          <FigureTable
            striped
            withTableBorder
            data-testid="warroom-skus"
            rows={pacing.skus}
            rowKey={(s) => s.sku}
            columns={[
              { header: m.sku, noWrap: true, cell: (s) => (s.name ? `${s.sku} ${s.name}` : s.sku) },
              { header: m.unitsSold, noWrap: true, cell: (s) => f.number(s.unitsSold, 0) },
              { header: m.gmv, noWrap: true, cell: (s) => f.money(s.gmvMinor) },
              {
                header: m.stock,
                noWrap: true,
                cell: (s) => (s.stock === null ? dash : f.number(s.stock, 0)),
              },
              {
                header: m.cover,
                noWrap: true,
                cell: (s) => (s.hoursOfCover === null ? dash : m.hoursShort(f.number(s.hoursOfCover, 1))),
                color: (s) => red(fired('stockCover', s.sku)),
              },
            ]}
          />
        )}
      </SectionCardWithAction>
    </SimpleGrid>
  );
}
