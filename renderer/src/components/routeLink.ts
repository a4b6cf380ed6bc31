import type { MouseEvent } from 'react';
import type { NavigateFunction } from 'react-router-dom';

/**
 * An in-app link's `href` and click, made as react-router's <Link> makes them (a plain left click
 * navigates in place, a link to where the planner already is replaces that history entry, a click
 * with a modifier key is the browser's), but without the Link's subscription to the location.
 * Every NavLink draws again on every navigation — the header's eight and the plan's fifteen for a
 * click between two sections — while a link told by its parent whether it is current draws only
 * when that changes. `navigate` comes from the parent (useNavigate re-renders on every navigation).
 */
export function routeLink(navigate: NavigateFunction, to: string) {
  const href = `#${to}`;
  return {
    href,
    onClick(event: MouseEvent<HTMLElement>) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      navigate(to, { replace: window.location.hash === href });
    },
  };
}
