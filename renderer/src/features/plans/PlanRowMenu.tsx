import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconCalendarRepeat, IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Plan } from '../../../../shared/domain';
import { useAppMessages, useMessages } from '../../i18n';
import { rollForwardMessages } from '../rollforward/messages';

interface Props {
  plan: Plan;
  onDuplicate(): void;
  onRoll(): void;
  onArchive(): void;
  onTrash(): void;
}

/**
 * A plan row's "…" menu. The Mantine menu is mounted on the first click only: 200 mounted menus
 * each measured their position on every render of the list (about a second of layout at 200
 * plans); until then the row holds the same-looking button alone.
 */
export function PlanRowMenu({ plan, ...props }: Props) {
  const m = useAppMessages();
  const roll = useMessages(rollForwardMessages);
  const navigate = useNavigate();
  const [isUsed, setUsed] = useState(false);
  const [opened, setOpened] = useState(false);
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={`${m.common.actions}: ${plan.name}`}
      aria-haspopup="menu"
      onClick={
        isUsed
          ? undefined
          : () => {
              setUsed(true);
              setOpened(true);
            }
      }
    >
      <IconDots size={18} />
    </ActionIcon>
  );
  if (!isUsed) return button;
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate(`/plans/${plan.id}/overview`)}>{m.library.open}</Menu.Item>
        <Menu.Item leftSection={<IconCopy size={14} />} onClick={props.onDuplicate}>
          {m.library.duplicate}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCalendarRepeat size={14} />}
          onClick={props.onRoll}
          data-testid="roll-forward-menu"
        >
          {roll.action}
        </Menu.Item>
        <Menu.Item leftSection={<IconArchive size={14} />} onClick={props.onArchive}>
          {plan.archivedAt ? m.library.unarchive : m.library.archive}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={props.onTrash}>
          {m.library.moveToTrash}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
