import { memo, type ReactNode } from 'react';
import { NavLink } from '@mantine/core';
import type { NavigateFunction } from 'react-router-dom';
import { routeLink } from '../../components/routeLink';

/**
 * One section in the plan's side bar. Memoised and told by the bar whether it is current, so a
 * click from one section to another draws the two links that change, not all fifteen; the DOM is
 * what react-router's NavLink made (an anchor, `active` class and `aria-current` when current).
 */
export const PlanNavItem = memo(function PlanNavItem({
  to,
  label,
  icon,
  active,
  testId,
  navigate,
}: {
  to: string;
  label: string;
  icon: ReactNode;
  active: boolean;
  testId: string;
  navigate: NavigateFunction;
}) {
  return (
    <NavLink
      component="a"
      {...routeLink(navigate, to)}
      className={active ? 'active' : undefined}
      aria-current={active ? 'page' : undefined}
      label={label}
      leftSection={icon}
      active={active}
      data-testid={testId}
    />
  );
});
