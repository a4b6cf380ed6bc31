import { Group, Text } from '@mantine/core';
import { useMessages } from '../../i18n';
import { useSettingsStore } from '../../state/settingsStore';
import { peopleMessages } from './messages';
import { TaskLimitInput } from './TaskLimitInput';

/** The task limit of everyone without one of their own (a setting of this computer), with what it means. */
export function DefaultLimitField() {
  const t = useMessages(peopleMessages);
  const taskLimit = useSettingsStore((s) => s.taskLimit);
  const setTaskLimit = useSettingsStore((s) => s.setTaskLimit);
  return (
    <Group gap="sm" align="flex-end">
      <TaskLimitInput
        w={170}
        label={t.defaultLimit}
        value={taskLimit}
        // Emptied, the default limit stays what it was: every person without one needs it.
        onCommit={(n) => setTaskLimit(n ?? taskLimit)}
        data-testid="default-limit"
      />
      <Text size="xs" c="dimmed" maw={520} pb={6}>
        {t.defaultLimitHint}
      </Text>
    </Group>
  );
}
