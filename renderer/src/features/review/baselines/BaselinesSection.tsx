import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarMinus, IconHistory, IconTimeline } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { NamedBaseline, NamedBaselineKind, PlanDocument } from '../../../../../shared/domain';
import { compareWithBaselines } from '../../../../../shared/figures/baselines';
import { addNamedBaseline, lastYearChoice, namedBaselinesOf } from '../../../../../shared/review/baselines';
import { useMessages } from '../../../i18n';
import { useRegisterActions, type AppAction } from '../../../state/actionStore';
import { editCommand } from '../../../state/editActions';
import { addBaselineEdit } from '../reviewEdits';
import { BaselineLiftChart } from './BaselineLiftChart';
import { BeforeBaselineCard } from './BeforeBaselineCard';
import { LastYearBaselineCard } from './LastYearBaselineCard';
import { LongTailCard } from './LongTailCard';
import { baselineMessages } from './messages';
import { useBaselineLibrary } from './useBaselineLibrary';

const kinds: NamedBaselineKind[] = ['before', 'lastYear', 'longTail'];
const icons = { before: IconCalendarMinus, lastYear: IconHistory, longTail: IconTimeline };
const DEFAULT_WEEKS = 4;

/** 基线对比: the named baselines of the review, each against the campaign (docs/baselines.md). */
export function BaselinesSection({ doc }: { doc: PlanDocument }) {
  const m = useMessages(baselineMessages);
  const library = useBaselineLibrary(doc);
  const comparison = useMemo(() => compareWithBaselines(doc, library.sources), [doc, library.sources]);
  const list = namedBaselinesOf(doc);
  const befores = useMemo(
    () => list.filter((b): b is Extract<NamedBaseline, { kind: 'before' }> => b.kind === 'before'),
    [list],
  );
  const { plans } = library;

  const actions = useMemo<AppAction[]>(() => {
    const params = (kind: NamedBaselineKind): Parameters<typeof addNamedBaseline>[1] => {
      if (kind === 'lastYear') {
        const preset = plans ? lastYearChoice(doc.plan, plans).preset : null;
        return {
          kind: 'lastYear',
          name: preset?.name ?? m.defaultName.lastYear,
          fields: { sourcePlanId: preset?.id ?? null },
        };
      }
      if (kind === 'longTail') return { kind: 'longTail', name: m.defaultName.longTail(DEFAULT_WEEKS) };
      return { kind: 'before', name: m.defaultName.before };
    };
    return kinds.map((kind) => ({
      ...editCommand(addBaselineEdit, () => params(kind)),
      id: `review.addBaseline.${kind}`,
      isEnabled: () => kind !== 'lastYear' || plans !== null,
    }));
  }, [plans, doc.plan, m]);
  useRegisterActions('review.baselines', actions);

  const currency = doc.plan.currency;
  return (
    <Stack gap="sm" data-testid="baselines-section">
      <Text size="sm" c="dimmed">
        {m.intro}
      </Text>
      <Group gap="xs">
        {actions.map((a, i) => {
          const kind = kinds[i]!;
          const Icon = icons[kind];
          return (
            <Button
              key={a.id}
              size="xs"
              variant="light"
              leftSection={<Icon size={14} />}
              disabled={a.isEnabled ? !a.isEnabled() : false}
              onClick={a.perform}
              data-testid={`add-baseline-${kind}`}
            >
              {m.add[kind]}
            </Button>
          );
        })}
      </Group>
      {list.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="baselines-empty">
          {m.none}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        {comparison.baselines.map((figures) =>
          figures.kind === 'before' ? (
            <BeforeBaselineCard key={figures.baseline.id} figures={figures} currency={currency} />
          ) : figures.kind === 'lastYear' ? (
            <LastYearBaselineCard
              key={figures.baseline.id}
              figures={figures}
              plans={plans}
              isLoading={library.isLoadingSources}
            />
          ) : (
            <LongTailCard key={figures.baseline.id} figures={figures} befores={befores} currency={currency} />
          ),
        )}
      </SimpleGrid>
      {list.length > 0 && <BaselineLiftChart comparison={comparison} currency={currency} />}
    </Stack>
  );
}
