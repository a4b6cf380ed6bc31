import { Button, Group, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { eachDay, type ChannelId, type PlanDocument } from '../../../../shared/domain';
import { sumActuals, type ActualFigureKey, type Period } from '../../../../shared/review/actualsTotals';
import { deriveFigures, divideMoneyRoundHalfUp } from '../../../../shared/review/attainment';
import { labelInCurrency } from '../../../../shared/budget/money';
import { CommitNumberInput, CommitTextInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useFormat, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { addActualDayEdit, removeActualDayEdit, setActualEdit, setBaselineLabelEdit } from './reviewEdits';
import { ActualsImportButton } from './ActualsImportButton';
import { messages } from './messages';
import { dailyActuals, daysFromHours } from '../../../../shared/figures/dailyActuals';
import { RemoveButton } from '../../components/RemoveButton';
import { ActionsColumnHeader } from '../../components/ActionsColumnHeader';
import { ChoiceSegments } from '../../components/ChoiceSegments';

/** Grid columns in the order of a shop back office's daily export. */
const columns: { key: ActualFigureKey; money: boolean }[] = [
  { key: 'uv', money: false },
  { key: 'pv', money: false },
  { key: 'buyers', money: false },
  { key: 'orders', money: false },
  { key: 'gmvMinor', money: true },
  { key: 'refundsMinor', money: true },
  { key: 'spendMinor', money: true },
  { key: 'couponsClaimed', money: false },
  { key: 'couponsRedeemed', money: false },
  { key: 'newCustomers', money: false },
];

const SHOP = 'shop';

/** Typing the daily actuals by hand, per period and per channel, with derived figures beside them. */
export function ActualsSection({ doc }: { doc: PlanDocument }) {
  const m = useMessages(messages);
  const f = useFormat();
  const [period, setPeriod] = useState<Period>('campaign');
  const [scope, setScope] = useState<string>(SHOP);
  const [newDay, setNewDay] = useState<string | null>(null);
  const channelId = scope === SHOP ? null : (scope as ChannelId);

  // Days of the war room's hourly data show their sums; a figure typed here wins over them.
  const all = useMemo(() => dailyActuals(doc), [doc]);
  const fromHours = useMemo(() => (period === 'campaign' ? daysFromHours(doc) : []), [doc, period]);
  const rows = useMemo(
    () => all.filter((a) => a.period === period && a.channelId === channelId),
    [all, period, channelId],
  );
  const dates = useMemo(() => {
    const own = rows.map((r) => r.date);
    const planDays = period === 'campaign' ? eachDay(doc.plan.startDate, doc.plan.endDate) : [];
    return [...new Set([...planDays, ...own])].sort();
  }, [rows, period, doc.plan.startDate, doc.plan.endDate]);
  const byDate = new Map(rows.map((r) => [r.date, r]));
  const totals = sumActuals(all, period, channelId);
  const derived = deriveFigures(totals, { adMinor: null, totalMinor: null, discountMinor: null });

  const set = (date: string, key: ActualFigureKey, value: number | null) =>
    runEdit(setActualEdit, { period, date, channelId, key, value });

  const cell = (date: string, key: ActualFigureKey, money: boolean) => {
    const value = byDate.get(date)?.[key] ?? null;
    const common = {
      size: 'xs' as const,
      hideControls: true,
      min: 0,
      w: money ? 110 : 86,
      'aria-label': `${m.fields[key]} ${date}`,
    };
    return money ? (
      <MoneyInput
        valueMinor={value}
        currency={doc.plan.currency}
        allowEmpty
        isNonNegative
        onCommitMinor={(v) => set(date, key, v)}
        size={common.size}
        w={common.w}
        aria-label={common['aria-label']}
      />
    ) : (
      <CommitNumberInput
        value={value}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        onCommit={(v) => set(date, key, v)}
        {...common}
      />
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <ChoiceSegments<Period>
            value={period}
            choices={['campaign', 'baseline'] as const}
            labels={m.periods}
            onChange={setPeriod}
            data-testid="actuals-period"
            aria-label={m.periodLabel}
          />
          <Select
            size="xs"
            w={200}
            aria-label={m.scopeLabel}
            value={scope}
            onChange={(v) => setScope(v ?? SHOP)}
            allowDeselect={false}
            data={[
              { value: SHOP, label: m.scope.shop },
              ...doc.channels.map((c) => ({ value: c.id, label: m.scope.channel(c.name) })),
            ]}
          />
          {period === 'baseline' && (
            <CommitTextInput
              size="xs"
              w={260}
              aria-label={m.baselineLabel}
              placeholder={m.baselineLabelPlaceholder}
              value={doc.review?.baselineLabel ?? ''}
              onCommit={(v) => runEdit(setBaselineLabelEdit, v)}
            />
          )}
        </Group>
        <ActualsImportButton doc={doc} period={period} />
      </Group>
      {period === 'baseline' && (
        <Group gap="xs" align="flex-end">
          <IsoDateInput size="xs" w={150} label={m.addDay} value={newDay} onChange={setNewDay} />
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={!newDay || dates.includes(newDay)}
            onClick={() => {
              if (!newDay) return;
              runEdit(addActualDayEdit, { period, date: newDay, channelId });
              setNewDay(null);
            }}
          >
            {m.addDay}
          </Button>
          <Text size="xs" c="dimmed">
            {m.addDayHint}
          </Text>
        </Group>
      )}
      {fromHours.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="actuals-from-hours">
          {m.fromHours(fromHours.map((d) => d.slice(5)))}
        </Text>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <Table
          striped
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          horizontalSpacing={4}
          fz="xs"
          data-testid="actuals-grid"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.fields.date}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key} style={{ whiteSpace: 'nowrap' }}>
                  {/* Money cells hold plain amounts; the head says in what (the total row shows ¥). */}
                  {c.money ? labelInCurrency(m.fields[c.key], doc.plan.currency, f.locale) : m.fields[c.key]}
                </Table.Th>
              ))}
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{m.fields.conversion}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{m.fields.aov}</Table.Th>
              <ActionsColumnHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dates.map((date) => {
              const row = byDate.get(date);
              const cvr = row?.buyers != null && row.uv ? row.buyers / row.uv : null;
              const aov =
                row?.gmvMinor != null && row.buyers ? divideMoneyRoundHalfUp(row.gmvMinor, row.buyers) : null;
              return (
                <Table.Tr key={date}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {period === 'baseline' ? date : f.date(date, 'short')}
                  </Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c.key}>{cell(date, c.key, c.money)}</Table.Td>
                  ))}
                  <Table.Td ta="right">{cvr === null ? '—' : f.percent(cvr, 2, { fixed: true })}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {aov === null ? '—' : f.money(aov, doc.plan.currency)}
                  </Table.Td>
                  <Table.Td>
                    {row && (
                      <RemoveButton
                        label={m.removeDay}
                        onRemove={() => runEdit(removeActualDayEdit, row.id)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{m.total}</Table.Td>
              {columns.map((c) => {
                const v = totals[c.key];
                return (
                  <Table.Td
                    key={c.key}
                    ta="right"
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid={`actuals-total-${c.key}`}
                  >
                    {v === null ? '—' : c.money ? f.money(v, doc.plan.currency) : f.number(v)}
                  </Table.Td>
                );
              })}
              <Table.Td ta="right">
                {derived.conversion === null ? '—' : f.percent(derived.conversion, 2, { fixed: true })}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {derived.aovMinor === null ? '—' : f.money(derived.aovMinor, doc.plan.currency)}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollArea>
      <Text size="xs" c="dimmed">
        {m.derivedNote} {m.spendNote}
      </Text>
    </Stack>
  );
}
