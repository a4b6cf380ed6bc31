import { Badge, Card, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { Fragment } from 'react';
import {
  incidentSeverities,
  incidentStatuses,
  type PlanDocument,
  type Risk,
  type RiskId,
} from '../../../../shared/domain';
import type { IncidentPatch } from '../../../../shared/warroom/recipes';
import { CommitTextInput, CommitTimeText } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { incidentMessages } from './incidentMessages';
import type { IncidentField } from './warroomEdits';

type Incident = PlanDocument['incidents'][number];
type TextField = 'owner' | 'what' | 'action' | 'resolution';
type ChoiceField = 'severity' | 'status' | 'risk';

/**
 * The fields after the time, in the order they stand on the card (four to a row): each is typed
 * text or a choice, a wide one takes two columns.
 */
const fields: readonly {
  field: TextField | ChoiceField;
  isWide?: boolean;
  isRequired?: boolean;
  testId?: string;
}[] = [
  { field: 'severity' },
  { field: 'status', testId: 'warroom-incident-status' },
  { field: 'owner', testId: 'warroom-incident-owner' },
  { field: 'what', isWide: true, isRequired: true },
  { field: 'risk', isWide: true },
  { field: 'action', isWide: true },
  { field: 'resolution', isWide: true, testId: 'warroom-incident-resolution' },
];

const isChoice = (field: TextField | ChoiceField): field is ChoiceField =>
  field === 'severity' || field === 'status' || field === 'risk';

/** One incident of the log, every field editable (each edit one undo step). */
export function IncidentCard({
  incident: i,
  risks,
  onEdit,
}: {
  incident: Incident;
  risks: readonly Risk[];
  onEdit(field: IncidentField, patch: IncidentPatch): void;
}) {
  const m = useMessages(incidentMessages);
  // A choice's options, its value, and the patch a picked value makes (null: nothing to store).
  const choices: Record<
    ChoiceField,
    { data: { value: string; label: string }[]; value: string; patch(v: string | null): IncidentPatch | null }
  > = {
    severity: {
      data: incidentSeverities.map((s) => ({ value: s, label: m.severities[s]! })),
      value: i.severity,
      patch: (v) => (v ? { severity: v as Incident['severity'] } : null),
    },
    status: {
      data: incidentStatuses.map((s) => ({ value: s, label: m.statuses[s]! })),
      value: i.status,
      patch: (v) => (v ? { status: v as Incident['status'] } : null),
    },
    risk: {
      data: [{ value: '', label: m.noRisk }, ...risks.map((r) => ({ value: r.id, label: r.description }))],
      value: i.riskId ?? '',
      patch: (v) => ({ riskId: v ? (v as RiskId) : null }),
    },
  };
  return (
    <Card withBorder padding="xs" data-testid="warroom-incident">
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        <CommitTimeText
          size="xs"
          label={`${m.at} · ${i.at.slice(0, 10)}`}
          message={m.timeInvalid}
          value={i.at.slice(11, 16)}
          onCommit={(t) => t !== '' && onEdit('at', { at: `${i.at.slice(0, 10)}T${t}` })}
        />
        {fields.map(({ field, isWide, isRequired, testId }) => {
          let input;
          if (isChoice(field)) {
            const choice = choices[field];
            input = (
              <Select
                size="xs"
                label={m[field]}
                value={choice.value}
                allowDeselect={false}
                data={choice.data}
                onChange={(v) => {
                  const patch = choice.patch(v);
                  if (patch) onEdit(field, patch);
                }}
                data-testid={testId}
              />
            );
          } else {
            input = (
              <CommitTextInput
                size="xs"
                label={m[field]}
                value={i[field]}
                isRequired={isRequired}
                onCommit={(v) => onEdit(field, { [field]: v })}
                data-testid={testId}
              />
            );
          }
          return isWide ? (
            <div key={field} style={{ gridColumn: 'span 2' }}>
              {input}
            </div>
          ) : (
            <Fragment key={field}>{input}</Fragment>
          );
        })}
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
  );
}
