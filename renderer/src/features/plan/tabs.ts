import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AppMessages } from '../../i18n/messages';

export type PlanTabId = keyof AppMessages['tabs'];

/** The plan editor's sections, in the order of the side bar. Feature folders own their screens. */
const tabOrder: { id: PlanTabId; folder: string; component: string }[] = [
  { id: 'overview', folder: 'overview', component: 'OverviewScreen' },
  { id: 'goals', folder: 'goals', component: 'GoalsScreen' },
  { id: 'phases', folder: 'phases', component: 'PhasesScreen' },
  { id: 'tasks', folder: 'tasks', component: 'TasksScreen' },
  { id: 'timeline', folder: 'timeline', component: 'TimelineScreen' },
  { id: 'channels', folder: 'channels', component: 'ChannelsScreen' },
  { id: 'budget', folder: 'budget', component: 'BudgetScreen' },
  { id: 'promotions', folder: 'promotions', component: 'PromotionsScreen' },
  { id: 'products', folder: 'products', component: 'ProductsScreen' },
  { id: 'forecast', folder: 'forecast', component: 'ForecastScreen' },
  { id: 'risks', folder: 'risks', component: 'RisksScreen' },
  { id: 'checklist', folder: 'checklist', component: 'ChecklistScreen' },
  { id: 'warroom', folder: 'warroom', component: 'WarRoomScreen' },
  { id: 'review', folder: 'review', component: 'ReviewScreen' },
  { id: 'io', folder: 'io', component: 'IoScreen' },
];

// Screens load on demand, each feature in its own chunk, so opening the app stays quick.
const modules = import.meta.glob<Record<string, ComponentType>>([
  '../*/*Screen.tsx',
  '!../plans/**',
  '!../backups/**',
]);

export interface PlanTab {
  id: PlanTabId;
  Screen: LazyExoticComponent<ComponentType>;
}

export const planTabs: PlanTab[] = tabOrder.flatMap(({ id, folder, component }) => {
  const load = modules[`../${folder}/${component}.tsx`];
  if (!load) return [];
  const Screen = lazy(async () => {
    const mod = await load();
    const C = mod[component];
    if (!C) throw new Error(`${folder}/${component}.tsx does not export ${component}`);
    return { default: C };
  });
  return [{ id, Screen }];
});
