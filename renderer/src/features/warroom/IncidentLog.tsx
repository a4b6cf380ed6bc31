import { Button, Text } from '@mantine/core';
import { memo } from 'react';
import { IconPlus } from '@tabler/icons-react';
import { watchedNow } from '../../../../shared/warroom/incidentTime';
import { confirmDestructive } from '../../components/confirm';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { useAppMessages, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { usePlanCollections, usePlanHeading } from '../../state/planStore';
import { IncidentCard } from './IncidentCard';
import { incidentMessages } from './incidentMessages';
import { localNow } from './localNow';
import { addIncidentEdit, removeIncidentEdit, updateIncidentEdit } from './warroomEdits';

/**
 * The incident log (docs/warroom.md, "Incidents"): opened from alerts or by hand; every field
 * editable, each edit one undo step. Linking a risk brings its contingency and marks it triggered.
 * A new incident is placed on the day the war room watches (`day`, the day of its last elapsed
 * hour), which after the campaign is not today; deleting one asks first and is undone by Ctrl+Z.
 */
export const IncidentLog = memo(function IncidentLog({ day }: { day: string }) {
  // Its own collections only: an hour imported in the war room does not draw the log again.
  const doc = usePlanCollections('incidents', 'risks');
  const heading = usePlanHeading();
  const m = useMessages(incidentMessages);
  const app = useAppMessages();
  if (!heading) return null;
  const now = () => watchedNow(heading, day, localNow());
  const incidents = [...doc.incidents].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : b.order - a.order,
  );
  const remove = async (id: (typeof incidents)[number]['id'], what: string) => {
    const ok = await confirmDestructive({
      title: app.common.deleteConfirmTitle,
      body: app.common.deleteConfirmBody(what),
      confirmLabel: m.delete,
      cancelLabel: app.common.cancel,
    });
    if (ok) runEdit(removeIncidentEdit, { id, what });
  };
  return (
    <SectionCardWithAction
      title={m.title}
      testId="warroom-incidents"
      action={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => runEdit(addIncidentEdit, { at: now(), what: m.newWhat })}
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
          campaign={heading}
          onEdit={(field, patch) => runEdit(updateIncidentEdit, { id: i.id, field, patch, now: now() })}
          onDelete={() => void remove(i.id, i.what)}
        />
      ))}
    </SectionCardWithAction>
  );
});
