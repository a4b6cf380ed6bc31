import { Button, Text } from '@mantine/core';
import { memo } from 'react';
import { IconPlus } from '@tabler/icons-react';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { usePlanCollections } from '../../state/planStore';
import { IncidentCard } from './IncidentCard';
import { incidentMessages } from './incidentMessages';
import { localNow } from './localNow';
import { addIncidentEdit, updateIncidentEdit } from './warroomEdits';

/**
 * The incident log (docs/warroom.md, "Incidents"): opened from alerts or by hand; every field
 * editable, each edit one undo step. Linking a risk brings its contingency and marks it triggered.
 */
export const IncidentLog = memo(function IncidentLog() {
  // Its own collections only: an hour imported in the war room does not draw the log again.
  const doc = usePlanCollections('incidents', 'risks');
  const m = useMessages(incidentMessages);
  const incidents = [...doc.incidents].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : b.order - a.order,
  );
  return (
    <SectionCardWithAction
      title={m.title}
      testId="warroom-incidents"
      action={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => runEdit(addIncidentEdit, { at: localNow(), what: m.newWhat })}
          data-testid="warroom-incident-add"
        >
          {m.add}
        </Button>
      }
    >
      {incidents.length === 0 && <Text c="dimmed">{m.none}</Text>}
      {incidents.map((i) => (
        <IncidentCard
          key={i.id}
          incident={i}
          risks={doc.risks}
          onEdit={(field, patch) => runEdit(updateIncidentEdit, { id: i.id, field, patch, now: localNow() })}
        />
      ))}
    </SectionCardWithAction>
  );
});
