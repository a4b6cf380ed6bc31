import type { PlanDocument, Workspace } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n/locale';
import type { AppAction } from './actionStore';
import { usePlanStore } from './planStore';
import { useSettingsStore } from './settingsStore';
import { useWorkspaceStore } from './workspaceStore';

/**
 * The one way an edit is made (issue 12, item 1; docs/architecture.md §5): an edit action names
 * the edit once — an id, its label in both languages (read from a messages bundle, so the strings
 * stay where the screen's strings live), the pure recipe `(doc, params) => doc` from shared/, an
 * optional shortcut and an enabled test — and `runEdit(action, params)` commits it as one undo
 * step named by the action's label in the open language. `editCommand` offers the same action in
 * the Ctrl/⌘+K palette, so the palette and the undo button say the same words.
 */
interface EditBase<P, M, D> {
  id: string;
  /** The messages the label is read from, one object per language. */
  messages: Record<Locale, M>;
  /** The undo step's name (and the palette's): a message of `messages`, maybe filled with `params`. */
  label(m: M, params: P): string;
  /** The edit itself: pure, from shared/; returns `doc` unchanged when there is nothing to do. */
  recipe(doc: D, params: P): D;
  /** The keys as the shortcut sheet shows them; the key handling lives with the screen. */
  shortcut?: string;
  /** More words the palette finds it by, in either language. */
  keywords?: readonly string[];
  /** Whether the edit can be made now; a disabled edit is not committed nor offered. */
  isEnabled?(doc: D, params: P): boolean;
}

export interface PlanEdit<P, M> extends EditBase<P, M, PlanDocument> {
  target: 'plan';
}

export interface WorkspaceEdit<P, M> extends EditBase<P, M, Workspace> {
  target: 'workspace';
}

type AnyEdit<P, M> = PlanEdit<P, M> | WorkspaceEdit<P, M>;

/** An edit of the open plan (planStore). */
export function defineEdit<P = void, M = unknown>(def: Omit<PlanEdit<P, M>, 'target'>): PlanEdit<P, M> {
  return { ...def, target: 'plan' };
}

/**
 * A feature's plan edits, all labelled from its one `messages` bundle: `edit(id, label, recipe)`
 * is `defineEdit({ id, messages, label, recipe, ...more })`, the params' type read off the recipe
 * (or given, `edit<P>(…)`, where the recipe is a lambda). A feature's edits file is then a table of
 * one line per edit rather than a copy of the same object per edit.
 */
export function planEditsOf<M>(messages: Record<Locale, M>) {
  return <P = void>(
    id: string,
    label: (m: M, params: P) => string,
    recipe: (doc: PlanDocument, params: P) => PlanDocument,
    more: Pick<PlanEdit<P, M>, 'shortcut' | 'keywords' | 'isEnabled'> = {},
  ): PlanEdit<P, M> => defineEdit<P, M>({ id, messages, label, recipe, ...more });
}

/** An edit of the workspace shared by every plan (workspaceStore): the team, the year budgets. */
export function defineWorkspaceEdit<P = void, M = unknown>(
  def: Omit<WorkspaceEdit<P, M>, 'target'>,
): WorkspaceEdit<P, M> {
  return { ...def, target: 'workspace' };
}

/** The action's label in `locale`. */
export function editLabel<P, M>(action: AnyEdit<P, M>, params: P, locale: Locale): string {
  return action.label(action.messages[locale], params);
}

function isEnabledNow<P, M>(action: AnyEdit<P, M>, params: P): boolean {
  if (!action.isEnabled) return true;
  if (action.target === 'plan') {
    const doc = usePlanStore.getState().doc;
    return doc !== null && action.isEnabled(doc, params);
  }
  const workspace = useWorkspaceStore.getState().workspace;
  return workspace !== null && action.isEnabled(workspace, params);
}

/**
 * Commits `action` with `params` as one undo step named by its label in the open language. A
 * field's store (components/useDraftField) passes no merge key: the field's own key joins it.
 */
export function runEdit<P, M>(action: AnyEdit<P, M>, params: P, options?: { mergeKey?: string }): void {
  if (!isEnabledNow(action, params)) return;
  const label = editLabel(action, params, useSettingsStore.getState().locale);
  if (action.target === 'plan') {
    usePlanStore.getState().commit(label, (d) => action.recipe(d, params), options);
  } else {
    useWorkspaceStore.getState().commit(label, (w) => action.recipe(w, params), options);
  }
}

/**
 * The edit as a palette command: found by its label in either language, run with the params
 * `params()` gives when chosen (read then, so they are current).
 */
export function editCommand<P, M>(
  action: AnyEdit<P, M>,
  params: () => P,
  scope: AppAction['scope'] = 'screen',
): AppAction {
  const sample = params();
  return {
    id: action.id,
    label: { zh: editLabel(action, sample, 'zh-CN'), en: editLabel(action, sample, 'en-US') },
    ...(action.keywords ? { keywords: action.keywords } : {}),
    ...(action.shortcut ? { shortcut: action.shortcut } : {}),
    scope,
    isEnabled: () => isEnabledNow(action, params()),
    perform: () => runEdit(action, params()),
  };
}
