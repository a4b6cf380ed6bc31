import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Spoiler,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCoin, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { categoryDisplayName } from '../../../../shared/budget/categories';
import type { BudgetLinePatch } from '../../../../shared/budget/recipes';
import type { BudgetGroupBy, BudgetWarning } from '../../../../shared/budget/totals';
import type { BudgetLineId } from '../../../../shared/domain';
import { PercentInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { useRegisterActions } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import {
  addLineEdit,
  followCostEdit,
  removeLineEdit,
  setCapEdit,
  setContingencyEdit,
  updateLineEdit,
} from './budgetEdits';
import { useSettingsStore, useShowWan } from '../../state/settingsStore';
import { BudgetCharts } from './BudgetCharts';
import { BudgetTable } from './BudgetTable';
import { optionalBudgetColumns, type OptionalBudgetColumn, type Option } from './budgetColumns';
import { ColumnChooser } from './ColumnChooser';
import '../../components/charts/chartSetup';
import { budgetMessages } from './messages';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoney, type MoneyFormat } from './useMoney';
import { usePlanFigures } from '../../components/usePlanFigures';

export function BudgetScreen() {
  const m = useMessages(budgetMessages);
  const format = useMoney();
  const showWan = useShowWan();
  const setShowWan = useSettingsStore((s) => s.setShowWan);
  const storedHidden = useSettingsStore((s) => s.hiddenBudgetColumns);
  const setHiddenColumns = useSettingsStore((s) => s.setHiddenBudgetColumns);
  const hiddenColumns = useMemo(
    () =>
      storedHidden === null
        ? optionalBudgetColumns
        : optionalBudgetColumns.filter((c) => storedHidden.includes(c)),
    [storedHidden],
  );
  const [groupBy, setGroupBy] = useState<BudgetGroupBy>('category');
  // Figures (and linked lines) as they follow the promotions; edits sync first, so they agree.
  const { figures } = usePlanFigures();
  const { doc, summary } = figures.recomputed;
  const coverage = figures.budgetCoverage;

  const lang = format.language;
  const categories: Option[] = useMemo(
    () =>
      [...doc.budgetCategories]
        .sort((a, b) => a.order - b.order)
        .map((c) => ({ value: c.id, label: categoryDisplayName(c, lang) })),
    [doc.budgetCategories, lang],
  );
  const channels: Option[] = useMemo(
    () => doc.channels.map((c) => ({ value: c.id, label: c.name })),
    [doc.channels],
  );
  const phases: Option[] = useMemo(
    () => doc.phases.map((p) => ({ value: p.id, label: p.name })),
    [doc.phases],
  );
  const labelFrom = (options: Option[], none: string) => {
    const map = new Map(options.map((o) => [o.value, o.label]));
    return (key: string | null) => (key === null ? none : (map.get(key) ?? none));
  };
  const categoryLabel = useMemo(() => labelFrom(categories, m.noCategory), [categories, m]);
  const channelLabel = useMemo(() => labelFrom(channels, m.noChannel), [channels, m]);
  const phaseLabel = useMemo(() => labelFrom(phases, m.noPhase), [phases, m]);
  const labelOf = groupBy === 'category' ? categoryLabel : groupBy === 'channel' ? channelLabel : phaseLabel;

  const onUpdate = useCallback(
    (id: BudgetLineId, patch: BudgetLinePatch) => runEdit(updateLineEdit, { id, patch }),
    [],
  );
  const onRemove = useCallback((id: BudgetLineId) => runEdit(removeLineEdit, id), []);
  const onFollow = useCallback((id: BudgetLineId) => runEdit(followCostEdit, id), []);
  const addParams = useCallback(
    (categoryId?: string) => ({
      item: m.newItem,
      categoryId: categoryId ?? (groupBy === 'category' ? (categories[0]?.value ?? null) : null),
    }),
    [m, groupBy, categories],
  );
  const add = (categoryId?: string) => runEdit(addLineEdit, addParams(categoryId));
  const actions = useMemo(() => [editCommand(addLineEdit, () => addParams())], [addParams]);
  useRegisterActions('budget', actions);

  const t = summary.total;
  const contingency = doc.plan.contingency;
  return (
    <ScreenFrame
      title={m.title}
      intro={m.intro}
      actions={
        <Group gap="sm" wrap="nowrap">
          {format.locale === 'zh-CN' && (
            <Switch
              size="sm"
              label={m.wan}
              styles={{ label: { whiteSpace: 'nowrap' } }}
              checked={showWan}
              onChange={(e) => setShowWan(e.currentTarget.checked)}
            />
          )}
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => add()}>
            {m.addLine}
          </Button>
        </Group>
      }
    >
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="budget-summary">
        <Figure label={m.planned} value={format.money(t.plannedMinor)} testId="budget-total-planned" />
        <Figure label={m.committed} value={format.money(t.committedMinor)} />
        <Figure label={m.actual} value={format.money(t.actualMinor)} />
        <Figure
          label={m.variance}
          value={format.money(t.varianceMinor)}
          tone={t.varianceMinor > 0 ? 'red' : undefined}
          hint={m.varianceCoverage(
            coverage.linesWithActual,
            coverage.lineCount,
            format.money(coverage.recordedPlannedMinor),
            format.money(coverage.plannedMinor),
          )}
          testId="budget-variance"
        />
        <Figure label={m.burn} value={t.burn === null ? '—' : format.percent(t.burn)} />
        <Figure
          label={m.headroom}
          value={summary.headroomMinor === null ? '—' : format.money(summary.headroomMinor)}
          tone={summary.headroomMinor !== null && summary.headroomMinor < 0 ? 'red' : undefined}
        />
      </SimpleGrid>

      <Card withBorder padding="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <MoneyInput
            label={m.cap}
            description={m.capHint}
            w={220}
            size="xs"
            currency={format.currency}
            valueMinor={doc.plan.budgetCapMinor}
            allowEmpty
            isNonNegative
            onCommitMinor={(cap) => runEdit(setCapEdit, cap)}
          />
          <NativeSelect
            size="xs"
            w={170}
            label={m.contingencyKind}
            value={contingency?.kind ?? 'none'}
            data={[
              { value: 'none', label: m.contingencyNone },
              { value: 'percent', label: m.contingencyPercent },
              { value: 'amount', label: m.contingencyAmount },
            ]}
            onChange={(e) => {
              const kind = e.currentTarget.value;
              runEdit(
                setContingencyEdit,
                kind === 'percent'
                  ? { kind: 'percent', rate: 0.05 }
                  : kind === 'amount'
                    ? { kind: 'amount', amountMinor: 0 }
                    : null,
              );
            }}
          />
          {contingency?.kind === 'percent' && (
            <PercentInput
              size="xs"
              w={120}
              label={m.contingency}
              valueFraction={contingency.rate}
              onCommitFraction={(rate) =>
                runEdit(setContingencyEdit, { kind: 'percent', rate: Math.min(1, Math.max(0, rate ?? 0)) })
              }
            />
          )}
          {contingency?.kind === 'amount' && (
            <MoneyInput
              size="xs"
              w={160}
              label={m.contingency}
              currency={format.currency}
              valueMinor={contingency.amountMinor}
              isNonNegative
              onCommitMinor={(amountMinor) =>
                runEdit(setContingencyEdit, { kind: 'amount', amountMinor: amountMinor ?? 0 })
              }
            />
          )}
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {m.reserve} · {m.allocatable}
            </Text>
            <Text size="sm" fw={600} data-testid="budget-reserve">
              {format.money(summary.reserveMinor)} ·{' '}
              {summary.allocatableMinor === null ? '—' : format.money(summary.allocatableMinor)}
            </Text>
          </Stack>
        </Group>
      </Card>

      <Warnings warnings={summary.warnings} hasCap={doc.plan.budgetCapMinor !== null} format={format} />

      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={groupBy}
          onChange={(v) => setGroupBy(v as BudgetGroupBy)}
          data={[
            { value: 'category', label: m.byCategory },
            { value: 'channel', label: m.byChannel },
            { value: 'phase', label: m.byPhase },
          ]}
          aria-label={m.groupBy}
        />
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {m.total}: {format.money(t.plannedMinor)} · {m.lines(t.lineCount)}
          </Text>
          <ColumnChooser
            hidden={hiddenColumns}
            onChange={(h: OptionalBudgetColumn[]) => setHiddenColumns(h)}
          />
        </Group>
      </Group>

      {doc.budgetLines.length === 0 ? (
        <EmptyState
          icon={<IconCoin />}
          body={m.emptyBody}
          action={
            <Stack align="center" gap="sm">
              <Button onClick={() => add()}>{m.addLine}</Button>
              {categories.length > 0 && (
                <>
                  <Text size="sm" c="dimmed">
                    {m.startWithCategory}
                  </Text>
                  <Group gap={6} justify="center" data-testid="budget-start-categories">
                    {categories.map((c) => (
                      <Button
                        key={c.value}
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconPlus size={12} />}
                        onClick={() => add(c.value)}
                      >
                        {c.label}
                      </Button>
                    ))}
                  </Group>
                </>
              )}
            </Stack>
          }
        />
      ) : (
        <BudgetTable
          lines={doc.budgetLines}
          summary={summary}
          groupBy={groupBy}
          labelOf={labelOf}
          categories={categories}
          channels={channels}
          phases={phases}
          format={format}
          onUpdate={onUpdate}
          onRemove={onRemove}
          onFollow={onFollow}
          hiddenColumns={hiddenColumns}
          height={440}
        />
      )}

      <Title order={2} size="h4">
        {m.charts}
      </Title>
      <BudgetCharts
        doc={doc}
        summary={summary}
        format={format}
        categoryLabel={categoryLabel}
        channelLabel={channelLabel}
      />
    </ScreenFrame>
  );
}

function Figure({
  label,
  value,
  tone,
  hint,
  testId,
}: {
  label: string;
  value: string;
  tone?: 'red';
  /** Says what the figure counts (variance: only the lines with an actual). */
  hint?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        fw={700}
        size="lg"
        c={tone === 'red' ? 'red.7' : undefined}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
      {hint && (
        <Text size="10px" c="dimmed" lh={1.2}>
          {hint}
        </Text>
      )}
    </Card>
  );
}

function Warnings({
  warnings,
  hasCap,
  format,
}: {
  warnings: BudgetWarning[];
  hasCap: boolean;
  format: MoneyFormat;
}) {
  const m = useMessages(budgetMessages);
  if (warnings.length === 0) {
    return (
      <Text size="sm" c="teal.7" data-testid="budget-warnings-none">
        {hasCap ? m.noWarnings : m.noWarningsNoCap}
      </Text>
    );
  }
  const text = (w: BudgetWarning) => {
    switch (w.kind) {
      case 'overCap':
        return m.overCap(format.money(w.plannedMinor), format.money(w.capMinor), format.money(w.overMinor));
      case 'intoReserve':
        return m.intoReserve(
          format.money(w.plannedMinor),
          format.money(w.availableMinor),
          format.money(w.overMinor),
        );
      case 'actualOverCap':
        return m.actualOverCap(
          format.money(w.actualMinor),
          format.money(w.capMinor),
          format.money(w.overMinor),
        );
      case 'lineOverPlan':
        return w.overRate === null
          ? m.lineOverPlanNoPlan(w.item, format.money(w.actualMinor))
          : m.lineOverPlan(
              w.item,
              format.money(w.actualMinor),
              format.money(w.plannedMinor),
              format.percent(w.overRate),
            );
    }
  };
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={`${m.warnings} (${warnings.length})`}
      data-testid="budget-warnings"
      py="xs"
    >
      <Spoiler maxHeight={66} showLabel={m.showAll} hideLabel={m.showLess}>
        <List size="sm" spacing={2}>
          {warnings.map((w, i) => (
            <List.Item key={w.kind === 'lineOverPlan' ? w.lineId : `${w.kind}-${i}`}>{text(w)}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
