import { Select } from '@mantine/core';
import { useMemo } from 'react';
import type { NamedBaseline, PlanDocument } from '../../../../shared/domain';
import { attainmentBaselineOf, namedBaselinesOf } from '../../../../shared/review/baselines';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { messages } from './messages';
import { chooseAttainmentBaselineEdit } from './reviewEdits';

/**
 * Which before-the-campaign baseline the attainment table's baseline columns read, when the
 * review has more than one (docs/baselines.md "One baseline on the attainment table").
 */
export function AttainmentBaselinePicker({ doc }: { doc: PlanDocument }) {
  const m = useMessages(messages);
  const list = namedBaselinesOf(doc);
  const befores = useMemo(
    () => list.filter((b): b is Extract<NamedBaseline, { kind: 'before' }> => b.kind === 'before'),
    [list],
  );
  if (befores.length < 2) return null;
  return (
    <Select
      size="xs"
      w={260}
      label={m.attainment.compareWith}
      value={attainmentBaselineOf(doc)?.id ?? null}
      data={befores.map((b) => ({ value: b.id, label: b.name || m.attainment.unnamedBaseline }))}
      onChange={(id) => id && runEdit(chooseAttainmentBaselineEdit, id)}
      allowDeselect={false}
      data-testid="attainment-baseline"
    />
  );
}
