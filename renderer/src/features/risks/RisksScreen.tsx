import { Badge, Card, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { newId, riskKinds, type Risk, type RiskId } from '../../../../shared/domain';
import { CommitTextarea, CommitTextInput } from '../../components/CommitInputs';
import { DeleteRecordButton, RecordListScreen, useRecordList } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';

const levels = ['1', '2', '3', '4', '5'];

/** Likelihood × impact, coloured like a risk matrix. */
function levelColor(score: number): string {
  if (score >= 15) return 'red';
  if (score >= 8) return 'orange';
  return 'green';
}

export function RisksScreen() {
  const m = useAppMessages();
  const list = useRecordList('risks', {
    editLabel: m.risks.title,
    addLabel: m.risks.add,
    create: (d) => ({
      id: newId<RiskId>(),
      planId: d.plan.id,
      description: m.risks.newRisk,
      kind: 'other',
      likelihood: 3,
      impact: 3,
      owner: '',
      trigger: '',
      mitigation: '',
      contingency: '',
      status: 'open',
      triggeredAt: null,
      order: 0,
    }),
  });
  const { set } = list;
  const sorted = [...list.records].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact);
  return (
    <RecordListScreen
      list={list}
      title={m.risks.title}
      addLabel={m.risks.add}
      emptyIcon={<IconShieldExclamation />}
      emptyBody={m.risks.empty}
    >
      {sorted.map((r) => {
        const score = r.likelihood * r.impact;
        return (
          <Card key={r.id} withBorder padding="sm" data-testid="risk-card">
            <Stack gap="xs">
              <Group wrap="nowrap">
                <Badge color={levelColor(score)} variant="filled" w={48} title={m.risks.score}>
                  {score}
                </Badge>
                <CommitTextInput
                  value={r.description}
                  isRequired
                  onCommit={(v) => set(r.id, { description: v })}
                  aria-label={m.risks.description}
                  style={{ flex: 1 }}
                />
                <DeleteRecordButton iconSize={16} onDelete={() => list.remove(r.id)} />
              </Group>
              <SimpleGrid cols={5} spacing="xs">
                <Select
                  size="xs"
                  label={m.risks.kind}
                  value={r.kind}
                  allowDeselect={false}
                  data={riskKinds.map((k) => ({ value: k, label: m.enums.riskKind[k] }))}
                  onChange={(v) => v && set(r.id, { kind: v as Risk['kind'] })}
                />
                <Select
                  size="xs"
                  label={m.risks.likelihood}
                  value={String(r.likelihood)}
                  allowDeselect={false}
                  data={levels}
                  onChange={(v) => v && set(r.id, { likelihood: Number(v) })}
                />
                <Select
                  size="xs"
                  label={m.risks.impact}
                  value={String(r.impact)}
                  allowDeselect={false}
                  data={levels}
                  onChange={(v) => v && set(r.id, { impact: Number(v) })}
                />
                <CommitTextInput
                  size="xs"
                  label={m.risks.owner}
                  value={r.owner}
                  onCommit={(v) => set(r.id, { owner: v })}
                />
                <Select
                  size="xs"
                  label={m.risks.status}
                  value={r.status}
                  allowDeselect={false}
                  data={(['open', 'watching', 'triggered', 'closed'] as const).map((s) => ({
                    value: s,
                    label: m.risks.statuses[s],
                  }))}
                  onChange={(v) => v && set(r.id, { status: v as Risk['status'] })}
                />
              </SimpleGrid>
              <SimpleGrid cols={3} spacing="xs">
                <CommitTextarea
                  size="xs"
                  autosize
                  minRows={2}
                  label={m.risks.trigger}
                  value={r.trigger}
                  onCommit={(v) => set(r.id, { trigger: v })}
                />
                <CommitTextarea
                  size="xs"
                  autosize
                  minRows={2}
                  label={m.risks.mitigation}
                  value={r.mitigation}
                  onCommit={(v) => set(r.id, { mitigation: v })}
                />
                <CommitTextarea
                  size="xs"
                  autosize
                  minRows={2}
                  label={m.risks.contingency}
                  value={r.contingency}
                  onCommit={(v) => set(r.id, { contingency: v })}
                />
              </SimpleGrid>
            </Stack>
          </Card>
        );
      })}
    </RecordListScreen>
  );
}
