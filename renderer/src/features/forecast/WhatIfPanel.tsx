import { Button, Card, Group, Slider, Table, Text } from '@mantine/core';
import { ratioRound } from '../../../../shared/budget/exact';
import type { Forecast, WhatIfOverride } from '../../../../shared/forecast/funnel';
import type { ChannelId } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { CommitNumberInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import type { MoneyFormat } from '../budget/useMoney';
import { forecastMessages } from './messages';

export type WhatIfState = Record<string, Omit<WhatIfOverride, 'channelId'>>;

export function toOverrides(state: WhatIfState): WhatIfOverride[] {
  return Object.entries(state)
    .filter(([, o]) => o.spendMinor !== undefined || o.uv !== undefined || o.cvr !== undefined)
    .map(([channelId, o]) => ({ channelId: channelId as ChannelId, ...o }));
}

/**
 * The what-if inputs: spend (a slider of 0–300 % of the base, or an exact amount), UV and
 * conversion per channel. Local state only — the screen shows the figures it would give and
 * writes nothing until "Apply".
 */
export function WhatIfPanel({
  base,
  state,
  onChange,
  onApply,
  onReset,
  format,
}: {
  base: Forecast;
  state: WhatIfState;
  onChange(state: WhatIfState): void;
  onApply(): void;
  onReset(): void;
  format: MoneyFormat;
}) {
  const m = useMessages(forecastMessages);
  const set = (id: string, patch: Omit<WhatIfOverride, 'channelId'>) => {
    const next = { ...state[id], ...patch };
    for (const k of Object.keys(next) as (keyof typeof next)[]) if (next[k] === undefined) delete next[k];
    onChange({ ...state, [id]: next });
  };
  const active = toOverrides(state).length > 0;
  return (
    <Card withBorder padding="sm" data-testid="what-if">
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{m.whatIf}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={!active} onClick={onReset}>
            {m.reset}
          </Button>
          <Button size="xs" disabled={!active} onClick={onApply}>
            {m.apply}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {m.whatIfIntro}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{m.channel}</Table.Th>
            <Table.Th>{m.spendScale}</Table.Th>
            <Table.Th w={150}>{m.spend}</Table.Th>
            <Table.Th w={130}>{m.uv}</Table.Th>
            <Table.Th w={110}>{m.cvr}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {base.channels.map((c) => {
            const o = state[c.channelId] ?? {};
            const spend = o.spendMinor ?? c.baseSpendMinor;
            const pct = c.baseSpendMinor > 0 ? Math.round((spend / c.baseSpendMinor) * 100) : 100;
            return (
              <Table.Tr key={c.channelId}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>
                  <Slider
                    size="sm"
                    min={0}
                    max={300}
                    step={5}
                    value={Math.min(300, pct)}
                    disabled={c.baseSpendMinor === 0}
                    label={(v) => `${v}%`}
                    thumbLabel={`${m.spendScale} ${c.name}`}
                    marks={[{ value: 100 }]}
                    onChange={(v) =>
                      set(c.channelId, {
                        spendMinor: v === 100 ? undefined : ratioRound([c.baseSpendMinor, v], [100]),
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    size="xs"
                    aria-label={`${m.spend} ${c.name}`}
                    currency={format.currency}
                    valueMinor={spend}
                    isNonNegative
                    onCommitMinor={(v) =>
                      set(c.channelId, { spendMinor: v === null || v === c.baseSpendMinor ? undefined : v })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  {/* Whole visitors: "1.5" is refused saying so, not read as 15 (the one number field). */}
                  <CommitNumberInput
                    size="xs"
                    aria-label={`${m.uv} ${c.name}`}
                    value={o.uv ?? null}
                    placeholder={format.number(c.uv, 0)}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator=","
                    onCommit={(v) => set(c.channelId, { uv: v ?? undefined })}
                  />
                </Table.Td>
                <Table.Td>
                  <PercentInput
                    size="xs"
                    aria-label={`${m.cvr} ${c.name}`}
                    valueFraction={o.cvr ?? null}
                    placeholder={`${format.number(c.cvr * 100, 2)}%`}
                    onCommitFraction={(v) => set(c.channelId, { cvr: v ?? undefined })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
