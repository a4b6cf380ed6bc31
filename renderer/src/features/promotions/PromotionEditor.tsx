import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { describePayRate, parseZhe, type PromotionCost } from '../../../../shared/budget/promotionCost';
import { mechanicFormulas, mechanicNames } from '../../../../shared/budget/mechanics';
import type { BudgetLine, PlanDocument, ProductId, Promotion } from '../../../../shared/domain';
import {
  CommitDateText,
  CommitTextarea,
  CommitTextInput,
  CommitTimeText,
  editKeys,
} from '../../components/CommitInputs';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useDraftField } from '../../components/useDraftField';
import { useAppMessages, useMessages } from '../../i18n';
import type { MoneyFormat } from '../budget/useMoney';
import { DEFAULT_ORDER_VALUE_SPREAD } from '../../../../shared/budget/orderValueShare';
import { MechanicField } from './MechanicField';
import { mechanicFields } from './mechanicFields';
import { promotionMessages } from './messages';

type Slot = { date: string; start: string; end: string };

export interface PromotionEditorProps {
  promotion: Promotion;
  doc: PlanDocument;
  cost: PromotionCost | undefined;
  line: BudgetLine | undefined;
  format: MoneyFormat;
  onPatch(patch: Partial<Omit<Promotion, 'id' | 'planId'>>): void;
  onParam(key: string, value: unknown): void;
  onFollow(): void;
  onRemove(): void;
}

export function PromotionEditor({
  promotion: p,
  doc,
  cost,
  line,
  format,
  onPatch,
  onParam,
  onFollow,
  onRemove,
}: PromotionEditorProps) {
  const m = useMessages(promotionMessages);
  const mech = p.mechanic;
  const productOptions = doc.products.map((x) => ({
    value: x.id,
    label: `${x.sku}${x.name ? ` · ${x.name}` : ''}`,
  }));
  return (
    <Stack gap="sm" data-testid="promotion-editor">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Badge variant="light">{mechanicNames[mech.kind][format.language]}</Badge>
          <Title order={2} size="h4">
            {p.name}
          </Title>
        </Group>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={onRemove}
        >
          {m.remove}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <CommitTextInput
          size="xs"
          label={m.name}
          value={p.name}
          isRequired
          onCommit={(name) => onPatch({ name })}
        />
        <NativeSelect
          size="xs"
          label={m.phase}
          value={p.phaseId ?? ''}
          data={[{ value: '', label: '—' }, ...doc.phases.map((x) => ({ value: x.id, label: x.name }))]}
          onChange={(e) => onPatch({ phaseId: (e.currentTarget.value || null) as Promotion['phaseId'] })}
        />
        <IsoDateInput
          size="xs"
          clearable
          label={m.startDate}
          value={p.startDate}
          onChange={(v) => onPatch({ startDate: v })}
        />
        <IsoDateInput
          size="xs"
          clearable
          label={m.endDate}
          value={p.endDate}
          onChange={(v) => onPatch({ endDate: v })}
        />
      </SimpleGrid>
      <MultiSelect
        size="xs"
        label={m.products}
        placeholder={p.productIds.length === 0 ? m.productsHint : undefined}
        data={productOptions}
        value={p.productIds}
        searchable
        clearable
        onChange={(ids) => onPatch({ productIds: ids as ProductId[] })}
      />

      <Card withBorder padding="sm">
        <Text fw={600} size="sm" mb="xs">
          {m.parameters}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {mechanicFields[mech.kind].map((spec) => (
            <MechanicField
              key={spec.key}
              spec={spec}
              promotion={p}
              currency={format.currency}
              onParam={onParam}
            />
          ))}
          {mech.kind === 'discount' && (
            <ZheInput payRate={mech.payRate} onCommit={(v) => onParam('payRate', v)} />
          )}
        </SimpleGrid>
        {mech.kind === 'thresholdReduction' && (
          <Text size="sm" mt="xs" data-testid="threshold-said">
            {m.thresholdSaid(
              mech.stacking,
              format.number(mech.thresholdMinor / 10 ** format.digits, format.digits),
              format.number(mech.reductionMinor / 10 ** format.digits, format.digits),
            )}
          </Text>
        )}
        {mech.kind === 'discount' && (
          <Text size="sm" mt="xs" data-testid="discount-said">
            {(() => {
              const d = describePayRate(mech.payRate);
              return m.discountSaid(
                d.zhe,
                `${format.number(d.payPercent)}%`,
                `${format.number(d.offPercent)}%`,
              );
            })()}
          </Text>
        )}
        {mech.kind === 'flashSale' && (
          <Slots slots={mech.slots} onChange={(slots) => onParam('slots', slots)} />
        )}
      </Card>

      <Card withBorder padding="sm" bg="grape.0">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {m.cost}
            </Text>
            <Text fw={700} size="xl" data-testid="promotion-cost">
              {cost ? format.exact(cost.costMinor) : '—'}
            </Text>
            <Text size="xs" c="dimmed">
              {m.formula}
              {m.formulaSep}
              {mechanicFormulas[mech.kind][format.language]}
            </Text>
            {cost && <Basis cost={cost} format={format} />}
          </Stack>
          {line && (
            <Stack gap={2} align="flex-end">
              <Text size="xs" c="dimmed">
                {m.linkedLine}
              </Text>
              <Text fw={700} size="lg" data-testid="linked-line-planned">
                {format.exact(line.plannedMinor)}
              </Text>
              {line.isOverridden ? (
                <Group gap={4}>
                  <Text size="xs" c="orange.8">
                    {m.overridden(format.exact(line.plannedMinor))}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconRefresh size={12} />}
                    onClick={onFollow}
                  >
                    {m.follow}
                  </Button>
                </Group>
              ) : (
                <Badge size="sm" color="grape" variant="light">
                  {m.following}
                </Badge>
              )}
            </Stack>
          )}
        </Group>
      </Card>
      <CommitTextarea
        label={m.notes}
        size="xs"
        autosize
        minRows={2}
        value={p.notes}
        onCommit={(notes) => onPatch({ notes })}
      />
    </Stack>
  );
}

function Basis({ cost, format }: { cost: PromotionCost; format: MoneyFormat }) {
  const m = useMessages(promotionMessages);
  if (cost.basis === 'parameters') return <Text size="xs">{m.basisParameters}</Text>;
  if (cost.basis === 'products')
    return <Text size="xs">{m.basisProducts(format.exact(cost.derived.coveredGmvMinor ?? 0))}</Text>;
  const parts: string[] = [];
  if (cost.derived.qualifyingOrders !== undefined)
    parts.push(m.derivedOrders(format.number(cost.derived.qualifyingOrders, 0)));
  if (cost.derived.avgBasketMinor !== undefined)
    parts.push(m.derivedBasket(format.exact(cost.derived.avgBasketMinor)));
  if (cost.derived.stacksPerOrder !== undefined)
    parts.push(m.derivedStacks(format.number(cost.derived.stacksPerOrder, 2)));
  if (cost.derived.coveredGmvMinor !== undefined)
    parts.push(m.derivedGmv(format.exact(cost.derived.coveredGmvMinor)));
  return (
    <>
      <Text size="xs" c="blue.8">
        {m.basisForecast} {parts.join(m.listSep)}
      </Text>
      {cost.derived.qualifyingShare !== undefined && (
        <Text size="xs" c="blue.8" data-testid="promotion-share-source">
          {cost.derived.shareSource === 'planner'
            ? m.shareFromPlanner(format.percent(cost.derived.qualifyingShare, 1))
            : m.shareFromDistribution(
                format.percent(cost.derived.qualifyingShare, 1),
                cost.derived.forecastAovMinor === undefined
                  ? '—'
                  : format.exact(cost.derived.forecastAovMinor),
                format.number(cost.derived.orderValueSpread ?? DEFAULT_ORDER_VALUE_SPREAD, 2),
              )}
        </Text>
      )}
      {cost.derived.qualifyingOrders === 0 && (
        <Text size="xs" c="orange.8" data-testid="promotion-no-qualifying-orders">
          {m.noQualifyingOrders}
        </Text>
      )}
    </>
  );
}

/**
 * 折扣 typed the Chinese way: "8折", "75折", "8.5折", "0.5折", "原价". A draft like every field's
 * (components/useDraftField): stored while typed, Escape takes it back, and text that does not
 * read is marked, not stored.
 */
function ZheInput({ payRate, onCommit }: { payRate: number; onCommit(v: number): void }) {
  const m = useMessages(promotionMessages);
  const field = useDraftField<number>({
    shown: describePayRate(payRate).zhe,
    read: (text) => {
      const v = parseZhe(text) ?? parseZhe(`${text}折`);
      return v === null ? { ok: false, message: m.zheError } : { ok: true, value: v };
    },
    isStored: (v) => v === payRate,
    store: onCommit,
  });
  return (
    <TextInput
      size="xs"
      label={m.zhe}
      value={field.draft}
      error={field.error}
      onChange={(e) => field.setDraft(e.currentTarget.value)}
      onBlur={field.commit}
      onKeyDown={editKeys(field)}
    />
  );
}

function Slots({ slots, onChange }: { slots: Slot[]; onChange(slots: Slot[]): void }) {
  const m = useMessages(promotionMessages);
  const { common } = useAppMessages();
  const set = (i: number, patch: Partial<Slot>) =>
    onChange(slots.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        {m.slots}
      </Text>
      {slots.map((s, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <CommitDateText
            size="xs"
            w={120}
            aria-label={m.slotDate}
            value={s.date}
            message={common.badDate}
            onCommit={(v) => set(i, { date: v })}
          />
          {(['start', 'end'] as const).map((edge) => (
            <CommitTimeText
              key={edge}
              size="xs"
              w={80}
              aria-label={edge === 'start' ? m.slotStart : m.slotEnd}
              value={s[edge]}
              message={common.badTime}
              onCommit={(v) => (v ? set(i, { [edge]: v }) : false)}
            />
          ))}
          <ActionIcon
            size="sm"
            variant="subtle"
            color="red"
            aria-label={m.removeSlot}
            onClick={() => onChange(slots.filter((_, k) => k !== i))}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={12} />}
        onClick={() =>
          onChange([
            ...slots,
            {
              date: slots.at(-1)?.date ?? new Date().toISOString().slice(0, 10),
              start: '20:00',
              end: '22:00',
            },
          ])
        }
      >
        {m.addSlot}
      </Button>
    </Stack>
  );
}
