import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Alert } from '../../../../shared/warroom/alerts';
import { watchedNow } from '../../../../shared/warroom/incidentTime';
import { useLanguage, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { currentPlanDoc } from '../../state/planStore';
import { localNow } from './localNow';
import { warroomMessages } from './messages';
import { acknowledgeAlertEdit } from './warroomEdits';

export function AlertList({ alerts }: { alerts: readonly Alert[] }) {
  const m = useMessages(warroomMessages);
  const lang = useLanguage();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {m.alerts}
        </Title>
        {alerts.length === 0 && <Text c="dimmed">{m.noAlerts}</Text>}
        {alerts.map((a) => (
          <Card key={`${a.code}|${a.subject}`} withBorder padding="xs" data-testid="warroom-alert">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge color={a.severity === 'critical' ? 'red' : 'yellow'}>
                    {a.severity === 'critical' ? m.critical : m.warning}
                  </Badge>
                  <Text fw={600}>{a.message[lang]}</Text>
                </Group>
                {a.riskDescription && (
                  <Text size="sm">
                    {m.risk}: {a.riskDescription}
                  </Text>
                )}
                {a.contingency && (
                  <Text size="sm" c="dimmed">
                    {m.contingency}: {a.contingency}
                  </Text>
                )}
              </Stack>
              {a.acknowledged ? (
                <Badge variant="light" flex="none">
                  {m.acknowledged}
                </Badge>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  // Its label whole beside a message of two lines ("确认", not "确i").
                  flex="none"
                  title={m.acknowledgeHint}
                  onClick={() =>
                    runEdit(acknowledgeAlertEdit, {
                      alert: a,
                      // On the day of the alert's data (the day the war room watches), not
                      // the computer's date: looking back at 11-11 on 12-06 logs it on 11-11.
                      at: watchedNow(currentPlanDoc().plan, a.hour.slice(0, 10), localNow()),
                      nowIso: new Date().toISOString(),
                      language: lang,
                    })
                  }
                >
                  {m.acknowledge}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}
