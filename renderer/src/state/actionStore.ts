import { useEffect } from 'react';
import { create } from 'zustand';
import type { LocalizedText } from '../../../shared/i18n/locale';

/**
 * The one way a command is offered (issue 12): an action object with an id, a name in both
 * languages, what it does and, when it has one, its shortcut. Screens register theirs while they
 * are shown; the app registers the global ones. The command palette (Ctrl/⌘+K) and the shortcut
 * sheet are read from here, so neither is a list kept by hand.
 */
export interface AppAction {
  id: string;
  label: LocalizedText;
  /** More words to find it by, in either language. */
  keywords?: readonly string[];
  /** The keys as shown on the shortcut sheet, e.g. "Ctrl/⌘ + Z"; the key handling lives with the action's owner. */
  shortcut?: string;
  /** Where it applies: the whole app, the open plan, or the screen on view. */
  scope: 'app' | 'plan' | 'screen';
  isEnabled?(): boolean;
  perform(): void;
}

interface ActionState {
  bySource: Record<string, readonly AppAction[]>;
}

export const useActionStore = create<ActionState>(() => ({ bySource: {} }));

export function registerActions(source: string, actions: readonly AppAction[]): () => void {
  useActionStore.setState((s) => ({ bySource: { ...s.bySource, [source]: actions } }));
  return () =>
    useActionStore.setState((s) => {
      if (s.bySource[source] !== actions) return s;
      const { [source]: _gone, ...rest } = s.bySource;
      return { bySource: rest };
    });
}

/** Offers `actions` while the calling component is shown. */
export function useRegisterActions(source: string, actions: readonly AppAction[]): void {
  useEffect(() => registerActions(source, actions), [source, actions]);
}

/** Every action on offer now, screen ones first. */
export function currentActions(bySource: ActionState['bySource']): AppAction[] {
  const all = Object.values(bySource).flat();
  const rank = { screen: 0, plan: 1, app: 2 } as const;
  return all.filter((a) => a.isEnabled?.() ?? true).sort((a, b) => rank[a.scope] - rank[b.scope]);
}
