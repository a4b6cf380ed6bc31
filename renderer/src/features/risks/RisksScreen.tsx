import { Badge, Card, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { newRecord, riskKinds, riskStatuses } from '../../../../shared/domain';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommitTextarea, CommitTextInput } from '../../components/CommitInputs';
import { DeleteRecordButton, RecordListScreen, useRecordList } from '../../components/RecordList';
import { useAppMessages } from '../../i18n';
import { recordFields } from '../../components/recordFields';

const levels = ['1', '2', '3', '4', '5'];

/** Likelihood × impact, coloured like a risk matrix. */
function levelColor(score: number): string {
  if (score >= 15) return 'red';
  if (score >= 8) return 'orange';
  return 'green';
}

export function RisksScreen() {
  const m = useAppMessages();
  const list = useRecordList('risks', m.risks, (d) =>
    newRecord('risks', d.plan.id, { description: m.risks.newRisk }),
  );
  const { set } = list;
  const sorted = [...list.records].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact);
  return (
    <RecordListScreen list={list} emptyIcon={<IconShieldExclamation />}>
      {sorted.map((r) => {
        const score = r.likelihood * r.impact;
        const field = recordFields(r, set);
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
                {field.choice('kind', m.risks.kind, riskKinds, m.enums.riskKind)}
                {(['likelihood', 'impact'] as const).map((level) => (
                  <ChoiceSelect
                    key={level}
                    label={m.risks[level]}
                    value={String(r[level])}
                    choices={levels}
                    onChange={(v) => set(r.id, { [level]: Number(v) })}
                  />
                ))}
                {field.text('owner', m.risks.owner)}
                {field.choice('status', m.risks.status, riskStatuses, m.risks.statuses)}
              </SimpleGrid>
              <SimpleGrid cols={3} spacing="xs">
                {(['trigger', 'mitigation', 'contingency'] as const).map((field) => (
                  <CommitTextarea
                    key={field}
                    size="xs"
                    autosize
                    minRows={2}
                    label={m.risks[field]}
                    value={r[field]}
                    onCommit={(v) => set(r.id, { [field]: v })}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          </Card>
        );
      })}
    </RecordListScreen>
  );
}
