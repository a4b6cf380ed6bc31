import { Button, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCoin, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { categoryDisplayName } from '../../../../shared/budget/categories';
import type { BudgetLinePatch } from '../../../../shared/budget/recipes';
import type { BudgetGroupBy } from '../../../../shared/budget/totals';
import type { BudgetLineId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { useRegisterActions } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import { addLineEdit, followCostEdit, removeLineEdit, updateLineEdit } from './budgetEdits';
import { useSettingsStore, useShowWan } from '../../state/settingsStore';
import { BudgetCharts } from './BudgetCharts';
import { BudgetTable } from './BudgetTable';
import { optionalBudgetColumns, type OptionalBudgetColumn, type Option } from './budgetColumns';
import { ColumnChooser } from './ColumnChooser';
import '../../components/charts/chartSetup';
import { budgetMessages } from './messages';
import { useMoney } from './useMoney';
import { usePlanFigures } from '../../components/usePlanFigures';
import { FigureCard } from '../../components/FigureCard';
import { BudgetWarnings } from './BudgetWarnings';
import { BudgetReserveCard } from './BudgetReserveCard';
import { ChoiceSegments } from '../../components/ChoiceSegments';

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
        <FigureCard label={m.planned} value={format.money(t.plannedMinor)} testId="budget-total-planned" />
        <FigureCard label={m.committed} value={format.money(t.committedMinor)} />
        <FigureCard label={m.actual} value={format.money(t.actualMinor)} />
        <FigureCard
          label={m.variance}
          value={format.money(t.varianceMinor)}
          tone={t.varianceMinor > 0 ? 'red' : undefined}
          sub={m.varianceCoverage(
            coverage.linesWithActual,
            coverage.lineCount,
            format.money(coverage.recordedPlannedMinor),
            format.money(coverage.plannedMinor),
          )}
          testId="budget-variance"
        />
        <FigureCard label={m.burn} value={t.burn === null ? '—' : format.percent(t.burn)} />
        <FigureCard
          label={m.headroom}
          value={summary.headroomMinor === null ? '—' : format.money(summary.headroomMinor)}
          tone={summary.headroomMinor !== null && summary.headroomMinor < 0 ? 'red' : undefined}
        />
      </SimpleGrid>

      <BudgetReserveCard plan={doc.plan} summary={summary} format={format} />

      <BudgetWarnings warnings={summary.warnings} hasCap={doc.plan.budgetCapMinor !== null} format={format} />

      <Group justify="space-between">
        <ChoiceSegments<BudgetGroupBy>
          value={groupBy}
          choices={['category', 'channel', 'phase'] as const}
          labels={{ category: m.byCategory, channel: m.byChannel, phase: m.byPhase }}
          onChange={setGroupBy}
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
