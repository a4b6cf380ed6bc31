import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Pacing } from '../../../../shared/warroom/pacing';
import { suggestReallocation } from '../../../../shared/warroom/reallocation';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { FigureTable } from '../../components/FigureTable';
import { useMessages } from '../../i18n';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { editCommand } from '../../state/editActions';
import { usePlanDoc } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { reallocationMessages } from './reallocationMessages';
import { reallocateEdit } from './warroomEdits';

/** docs/warroom.md "Reallocation": the suggestion, the forecast's what-if, and applying it. */
export function ReallocationCard({ pacing }: { pacing: Pacing }) {
  const doc = usePlanDoc();
  const m = useMessages(reallocationMessages);
  const f = useMoney();
  const s = useMemo(() => suggestReallocation(doc, pacing), [doc, pacing]);
  const ratio = useMemo(() => (v: number | null) => (v === null ? '—' : f.ratio(v)), [f]);
  const multiple = useMemo(() => (v: number | null) => (v === null ? '—' : f.multiple(v)), [f]);
  const actions = useMemo((): AppAction[] => {
    if (!s) return [];
    const params = () => ({
      suggestion: s,
      note: m.note(
        pacing.at.replace('T', ' '),
        f.exact(s.amountMinor),
        s.from.name,
        s.to.name,
        // Running text in a budget line's note: the bare multiple, no "(1:x)" inside its parentheses.
        multiple(s.from.recentRoas),
        multiple(s.to.recentRoas),
      ),
      item: m.item,
    });
    return [editCommand(reallocateEdit, params)];
  }, [s, m, f, multiple, pacing.at]);
  useRegisterActions('warroom.reallocation', actions);
  return (
    <SectionCardWithAction title={m.title} hint={m.hint} testId="warroom-reallocation">
      {!s ? (
        <Text c="dimmed">{m.none}</Text>
      ) : (
        <>
          <FigureTable
            withTableBorder
            rows={s.channels}
            rowKey={(c) => c.channelId}
            columns={[
              { header: m.channel, cell: (c) => c.name },
              { header: m.recent, cell: (c) => ratio(c.recentRoas) },
              { header: m.plan, cell: (c) => ratio(c.planRoas) },
              { header: m.left, cell: (c) => f.money(c.leftMinor) },
            ]}
          />
          <Group justify="space-between" wrap="nowrap" align="flex-end">
            <Stack gap={2}>
              <Text fw={600} data-testid="warroom-reallocation-move">
                {m.move(f.exact(s.amountMinor), s.from.name, s.to.name)}
              </Text>
              <Text size="sm" data-testid="warroom-reallocation-effect">
                {m.forecast(
                  f.money(s.forecastGmvMinor),
                  f.money(s.whatIfGmvMinor),
                  `${s.effectMinor >= 0 ? '+' : ''}${f.money(s.effectMinor)}`,
                )}
              </Text>
            </Stack>
            <Button onClick={() => actions[0]?.perform()} data-testid="warroom-reallocate">
              {m.apply}
            </Button>
          </Group>
        </>
      )}
    </SectionCardWithAction>
  );
}
