import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconCalendarRepeat, IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { NavigateFunction } from 'react-router-dom';
import type { Plan } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import { rollForwardMessages } from '../rollforward/messages';
import { actionIcon } from './planRowLook';

interface Props {
  plan: Plan;
  navigate: NavigateFunction;
  /** The app's messages, from the row (one subscription to the language per table). */
  m: AppMessages;
  onDuplicate(): void;
  onRoll(): void;
  onArchive(): void;
  onTrash(): void;
}

/**
 * A plan row's "…" menu. The Mantine menu is mounted on the first click only: 200 mounted menus
 * each measured their position on every render of the list (about a second of layout at 200
 * plans); until then the row holds the same button alone, drawn plainly as Mantine's ActionIcon
 * draws it (planRowLook.ts: a screenful of rows mounts at once).
 */
export function PlanRowMenu({ plan, navigate, m, ...props }: Props) {
  const roll = useMessages(rollForwardMessages);
  const [isUsed, setUsed] = useState(false);
  const [opened, setOpened] = useState(false);
  const label = `${m.common.actions}: ${plan.name}`;
  const dots = <IconDots size={18} />;
  if (!isUsed) {
    return (
      <button
        className={actionIcon.root}
        data-variant="subtle"
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        style={actionIcon.style}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        <span className={actionIcon.icon}>{dots}</span>
      </button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} aria-haspopup="menu">
          {dots}
        </ActionIcon>
      </Menu.Target>
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
