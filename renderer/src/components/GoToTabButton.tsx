import { Button } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useAppMessages } from '../i18n';
import type { AppMessages } from '../i18n/messages';

/**
 * The way out of an empty state: a button to the plan's tab where the missing thing is entered
 * ("转到：目标 / Go to: Goals"), optionally to a section of it (`section`: the review's Actuals).
 * `label` names that section; without it the button names the tab.
 */
export function GoToTabButton({
  planId,
  tab,
  section,
  label,
  testId,
}: {
  planId: string;
  tab: keyof AppMessages['tabs'];
  section?: string;
  label?: string;
  testId?: string;
}) {
  const app = useAppMessages();
  const to = `/plans/${planId}/${tab}${section ? `?section=${section}` : ''}`;
  return (
    <Button component={Link} to={to} variant="default" size="xs" data-testid={testId}>
      {app.shortcuts.goTo(label ?? app.tabs[tab])}
    </Button>
  );
}
