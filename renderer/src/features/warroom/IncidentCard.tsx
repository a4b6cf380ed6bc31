import { ActionIcon, Badge, Card, Group, Select, SimpleGrid } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Fragment } from 'react';
import {
  incidentSeverities,
  incidentStatuses,
  type IsoDate,
  type PlanDocument,
  type Risk,
  type RiskId,
} from '../../../../shared/domain';
import { incidentTimeProblem, resolvedTimeProblem } from '../../../../shared/warroom/incidentTime';
import type { IncidentPatch } from '../../../../shared/warroom/recipes';
import { CommitTextInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { IncidentMomentFields } from './IncidentMomentFields';
import { incidentMessages } from './incidentMessages';
import type { IncidentField } from './warroomEdits';

type Incident = PlanDocument['incidents'][number];
type TextField = 'owner' | 'what' | 'action' | 'resolution';
type ChoiceField = 'severity' | 'status' | 'risk';

/**
 * The fields after the date and time, in the order they stand on the card (four to a row): each is typed
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

/**
 * One incident of the log, every field editable (each edit one undo step): its date (a day of the
 * plan) and time, and once resolved the date and time it was resolved (not before it happened).
 */
export function IncidentCard({
  incident: i,
  risks,
  campaign,
  onEdit,
  onDelete,
}: {
  incident: Incident;
  risks: readonly Risk[];
  /** The plan's days: an incident happens on one of them. */
  campaign: { startDate: IsoDate; endDate: IsoDate };
  onEdit(field: IncidentField, patch: IncidentPatch): void;
  onDelete(): void;
}) {
  const m = useMessages(incidentMessages);
  // Why a moment is refused, naming what was typed: "2026-12-30 晚于活动最后一天 2026-11-21".
  const shown = (moment: string) => moment.replace('T', ' ');
  const whenProblem = (at: string) => {
    const p = incidentTimeProblem(campaign, i, at);
    if (p === null) return null;
    if (p.kind === 'outsideCampaign') {
      const day = at.slice(0, 10);
      return day < p.from ? m.beforeCampaign(day, p.from) : m.afterCampaign(day, p.to);
    }
    return p.kind === 'afterResolved' ? m.afterResolved(shown(at), shown(p.resolvedAt)) : m.dateInvalid(at);
  };
  const resolvedProblem = (at: string) => {
    const p = resolvedTimeProblem(i, at);
    if (p === null) return null;
    return p.kind === 'beforeIncident' ? m.beforeIncident(shown(at), shown(p.at)) : m.dateInvalid(at);
  };
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
        <IncidentMomentFields
          value={i.at}
          subject={i.what}
          dateLabel={m.date}
          timeLabel={m.at}
          problem={whenProblem}
          onCommit={(at, part) => onEdit(part === 'date' ? 'date' : 'at', { at })}
          testId="warroom-incident-at"
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
      <Group gap="xs" mt={4} align="flex-end" wrap="nowrap">
        {i.resolvedAt && (
          <div style={{ width: 260 }}>
            <IncidentMomentFields
              value={i.resolvedAt}
              subject={i.what}
              dateLabel={m.resolvedDate}
              timeLabel={m.resolvedTime}
              problem={resolvedProblem}
              onCommit={(resolvedAt, part) =>
                onEdit(part === 'date' ? 'resolvedDate' : 'resolvedTime', { resolvedAt })
              }
              testId="warroom-incident-resolved"
            />
          </div>
        )}
        {i.alertCode && (
          <Badge size="xs" variant="light" mb={6}>
            {m.fromAlert}
          </Badge>
        )}
        <ActionIcon
          variant="subtle"
          color="red"
          ml="auto"
          aria-label={m.delete}
          title={m.delete}
          onClick={onDelete}
          data-testid="warroom-incident-delete"
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Group>
    </Card>
  );
}
