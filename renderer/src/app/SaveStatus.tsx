import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCloudUpload, IconAlertTriangle } from '@tabler/icons-react';
import { useAppMessages } from '../i18n';
import { usePlanStore } from '../state/planStore';

/** Every edit is stored at once; this says whether it has been, and offers a retry when not. */
export function SaveStatus() {
  const m = useAppMessages();
  const save = usePlanStore((s) => s.save);
  const retry = usePlanStore((s) => s.retrySave);
  if (save.kind === 'saved') {
    return (
      <Badge variant="light" color="green" leftSection={<IconCheck size={12} />} data-testid="save-status">
        {m.common.saved}
      </Badge>
    );
  }
  if (save.kind === 'saving') {
    return (
      <Badge
        variant="light"
        color="blue"
        leftSection={<IconCloudUpload size={12} />}
        data-testid="save-status"
      >
        {m.common.saving}
      </Badge>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" role="alert">
      <Tooltip
        label={save.isQuota ? m.common.saveFailedQuota : m.common.saveFailedOther(save.message)}
        multiline
        w={320}
      >
        <Badge color="red" leftSection={<IconAlertTriangle size={12} />} data-testid="save-status">
          {m.common.saveFailed}
        </Badge>
      </Tooltip>
      <Button size="compact-xs" color="red" onClick={retry}>
        {m.common.retry}
      </Button>
    </Group>
  );
}
