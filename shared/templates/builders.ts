import type { TimeOfDay, Workstream } from '../domain';
import type { LocalizedText } from '../i18n/locale';
import type { TemplateChecklistItem, TemplateDependency, TemplateRisk, TemplateTask } from './types';

/** Small constructors that keep the template files readable as tables of data. */

export function tx(zh: string, en: string): LocalizedText {
  return { zh, en };
}

/** Finish-to-start: start no earlier than the day after the predecessor ends, plus `lagDays`. */
export function fs(key: string, lagDays = 0): TemplateDependency {
  return { key, type: 'FS', lagDays };
}

/** Start-to-start: start no earlier than the predecessor's start plus `lagDays`. */
export function ss(key: string, lagDays = 0): TemplateDependency {
  return { key, type: 'SS', lagDays };
}

export interface TaskOptions {
  after?: TemplateDependency[];
  notes?: LocalizedText;
  channel?: string;
}

export function task(
  key: string,
  phaseKey: string,
  workstream: Workstream,
  ownerRole: LocalizedText,
  [startOffset, endOffset]: readonly [number, number],
  title: LocalizedText,
  options: TaskOptions = {},
): TemplateTask {
  return {
    key,
    title,
    phaseKey,
    workstream,
    ownerRole,
    startOffset,
    endOffset,
    predecessors: options.after ?? [],
    isMilestone: false,
    milestoneTime: null,
    notes: options.notes ?? null,
    channelKey: options.channel ?? null,
  };
}

/** A moment, not a piece of work: one day, optionally at a time of day (00:00 peak, 20:00 wave). */
export function milestone(
  key: string,
  phaseKey: string,
  workstream: Workstream,
  ownerRole: LocalizedText,
  offset: number,
  time: TimeOfDay | null,
  title: LocalizedText,
  options: TaskOptions = {},
): TemplateTask {
  return {
    ...task(key, phaseKey, workstream, ownerRole, [offset, offset], title, options),
    isMilestone: true,
    milestoneTime: time,
  };
}

/** A readiness item from the shared library (./readiness) with this template's due day. */
export function check(
  item: Omit<TemplateChecklistItem, 'dueOffset'>,
  dueOffset: number,
): TemplateChecklistItem {
  return { ...item, dueOffset };
}

/** A risk from the shared library (./risks) with template-specific text where it differs. */
export function risk(base: TemplateRisk, overrides: Partial<Omit<TemplateRisk, 'key'>> = {}): TemplateRisk {
  return { ...base, ...overrides };
}
