import type { Alert } from '../../../../shared/warroom/alerts';
import type { Channel, IncidentId, IsoDate } from '../../../../shared/domain';
import type { HourlyRow } from '../../../../shared/warroom/importHourly';
import { applyHourlyImport } from '../../../../shared/warroom/merge';
import { resetDayProfile, setDayProfile, setHourPercent } from '../../../../shared/warroom/profile';
import { profileWeights } from '../../../../shared/warroom/curve';
import { applyReallocation, type Reallocation } from '../../../../shared/warroom/reallocation';
import {
  acknowledgeAlert,
  addIncident,
  updateIncident,
  type IncidentPatch,
} from '../../../../shared/warroom/recipes';
import { defineEdit } from '../../state/editActions';
import { warroomImportMessages } from './importMessages';
import { incidentMessages } from './incidentMessages';
import { warroomMessages } from './messages';
import { profileMessages } from './profileMessages';
import { reallocationMessages } from './reallocationMessages';

/**
 * The war room's edits (docs/architecture.md §5): each is one undo step named by its label. The
 * clock is read by the screen and passed in, so the recipes stay pure.
 */
type HourlyImport = {
  rows: readonly HourlyRow[];
  newChannels: readonly Channel[];
  source: string;
  importedAt: string;
};

export const acknowledgeAlertEdit = defineEdit<
  { alert: Alert; at: string; nowIso: string },
  (typeof warroomMessages)['zh-CN']
>({
  id: 'warroom.acknowledgeAlert',
  messages: warroomMessages,
  label: (m) => m.ackLabel,
  recipe: (d, p) => acknowledgeAlert(d, p.alert, p.at, p.nowIso),
});

/** A quick entry or a pasted table written at once (the data entry panel). */
export const enterHourlyEdit = defineEdit<HourlyImport, (typeof warroomMessages)['zh-CN']>({
  id: 'warroom.enterHourly',
  messages: warroomMessages,
  label: (m) => m.importLabel,
  recipe: (d, p) =>
    applyHourlyImport(d, p.rows, p.newChannels, { source: p.source, importedAt: p.importedAt }),
});

/** A file or paste through the mapping screen; the label names the source as the user sees it. */
export const importHourlyEdit = defineEdit<
  HourlyImport & { shownSource: string },
  (typeof warroomImportMessages)['zh-CN']
>({
  id: 'warroom.importHourly',
  messages: warroomImportMessages,
  label: (m, p) => m.label(p.shownSource),
  recipe: (d, p) =>
    applyHourlyImport(d, p.rows, p.newChannels, { source: p.source, importedAt: p.importedAt }),
});

type IncidentM = (typeof incidentMessages)['zh-CN'];
/** The incident fields an edit can name. */
export type IncidentField =
  'at' | 'severity' | 'status' | 'owner' | 'what' | 'risk' | 'action' | 'resolution';

export const addIncidentEdit = defineEdit<{ at: string; what: string }, IncidentM>({
  id: 'warroom.addIncident',
  messages: incidentMessages,
  label: (m) => m.addLabel,
  recipe: (d, p) => addIncident(d, p.at, p.what),
});

export const updateIncidentEdit = defineEdit<
  { id: IncidentId; field: IncidentField; patch: IncidentPatch; now: string },
  IncidentM
>({
  id: 'warroom.updateIncident',
  messages: incidentMessages,
  label: (m, p) => m.editLabel(m[p.field]),
  recipe: (d, p) => updateIncident(d, p.id, p.patch, p.now),
});

type ProfileM = (typeof profileMessages)['zh-CN'];
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

export const resetProfileEdit = defineEdit<IsoDate, ProfileM>({
  id: 'warroom.resetProfile',
  messages: profileMessages,
  label: (m, date) => m.resetLabel(date),
  recipe: resetDayProfile,
});

/** One hour's share of a day; the other hours keep their proportions (shared/warroom/profile). */
export const setHourShareEdit = defineEdit<{ date: IsoDate; hour: number; percent: number }, ProfileM>({
  id: 'warroom.setHourShare',
  messages: profileMessages,
  label: (m, p) => m.editLabel(p.date, hourLabel(p.hour)),
  recipe: (d, p) => setDayProfile(d, p.date, setHourPercent(profileWeights(d, p.date), p.hour, p.percent)),
});

/** Applies the suggestion (docs/warroom.md "Reallocation"); offered in the palette too. */
export const reallocateEdit = defineEdit<
  { suggestion: Reallocation; note: string; item: string },
  (typeof reallocationMessages)['zh-CN']
>({
  id: 'warroom.reallocate',
  messages: reallocationMessages,
  label: (m) => m.undoLabel,
  keywords: ['调配', '预算', 'reallocate', 'budget', 'ROAS'],
  recipe: (d, p) => applyReallocation(d, p.suggestion, p.note, p.item),
});
