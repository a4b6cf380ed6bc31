import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { incidentSeverities, incidentStatuses, type IncidentId } from '../../../../shared/domain';
import type { IncidentPatch } from '../../../../shared/warroom/recipes';
import { CommitTextInput, CommitTimeText } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { usePlanDoc } from '../../state/planStore';
import { incidentMessages } from './incidentMessages';
import { localNow } from './localNow';
import { addIncidentEdit, updateIncidentEdit, type IncidentField } from './warroomEdits';

/**
 * The incident log (docs/warroom.md, "Incidents"): opened from alerts or by hand; every field
 * editable, each edit one undo step. Linking a risk brings its contingency and marks it triggered.
 */
export function IncidentLog() {
  const doc = usePlanDoc();
  const m = useMessages(incidentMessages);
  const incidents = [...doc.incidents].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : b.order - a.order,
  );
  const edit = (id: IncidentId, field: IncidentField, patch: IncidentPatch) =>
    runEdit(updateIncidentEdit, { id, field, patch, now: localNow() });
  return (
    <Card withBorder data-testid="warroom-incidents">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {m.title}
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => runEdit(addIncidentEdit, { at: localNow(), what: m.newWhat })}
            data-testid="warroom-incident-add"
          >
            {m.add}
          </Button>
        </Group>
        {incidents.length === 0 && <Text c="dimmed">{m.none}</Text>}
        {incidents.map((i) => (
          <Card key={i.id} withBorder padding="xs" data-testid="warroom-incident">
            <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
              <CommitTimeText
                size="xs"
                label={`${m.at} · ${i.at.slice(0, 10)}`}
                message={m.timeInvalid}
                value={i.at.slice(11, 16)}
                onCommit={(t) => t !== '' && edit(i.id, 'at', { at: `${i.at.slice(0, 10)}T${t}` })}
              />
              <Select
                size="xs"
                label={m.severity}
                value={i.severity}
                allowDeselect={false}
                data={incidentSeverities.map((s) => ({ value: s, label: m.severities[s]! }))}
                onChange={(v) =>
                  v && edit(i.id, 'severity', { severity: v as (typeof incidentSeverities)[number] })
                }
              />
              <Select
                size="xs"
                label={m.status}
                value={i.status}
                allowDeselect={false}
                data={incidentStatuses.map((s) => ({ value: s, label: m.statuses[s]! }))}
                onChange={(v) =>
                  v && edit(i.id, 'status', { status: v as (typeof incidentStatuses)[number] })
                }
                data-testid="warroom-incident-status"
              />
              <CommitTextInput
                size="xs"
                label={m.owner}
                value={i.owner}
                onCommit={(v) => edit(i.id, 'owner', { owner: v })}
                data-testid="warroom-incident-owner"
              />
              <div style={{ gridColumn: 'span 2' }}>
                <CommitTextInput
                  size="xs"
                  label={m.what}
                  value={i.what}
                  isRequired
                  onCommit={(v) => edit(i.id, 'what', { what: v })}
                />
              </div>
              <div style={{ gridColumn: 'span 2' }}>
                <Select
                  size="xs"
                  label={m.risk}
                  value={i.riskId ?? ''}
                  allowDeselect={false}
                  data={[
                    { value: '', label: m.noRisk },
                    ...doc.risks.map((r) => ({ value: r.id, label: r.description })),
                  ]}
                  onChange={(v) =>
                    edit(i.id, 'risk', { riskId: v ? (v as NonNullable<IncidentPatch['riskId']>) : null })
                  }
                />
              </div>
              <div style={{ gridColumn: 'span 2' }}>
                <CommitTextInput
                  size="xs"
                  label={m.action}
                  value={i.action}
                  onCommit={(v) => edit(i.id, 'action', { action: v })}
                />
              </div>
              <div style={{ gridColumn: 'span 2' }}>
                <CommitTextInput
                  size="xs"
                  label={m.resolution}
                  value={i.resolution}
                  onCommit={(v) => edit(i.id, 'resolution', { resolution: v })}
                  data-testid="warroom-incident-resolution"
                />
              </div>
            </SimpleGrid>
            <Group gap="xs" mt={4}>
              {i.alertCode && (
                <Badge size="xs" variant="light">
                  {m.fromAlert}
                </Badge>
              )}
              {i.resolvedAt && (
                <Text size="xs" c="dimmed" data-testid="warroom-incident-resolved">
                  {m.resolvedAt(i.resolvedAt.replace('T', ' '))}
                </Text>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}
