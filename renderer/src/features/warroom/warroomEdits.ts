import type { Language } from '../../../../shared/i18n/locale';
import type { Alert } from '../../../../shared/warroom/alerts';
import type { IncidentId, IsoDate } from '../../../../shared/domain';
import { applyHourlyImport, type HourlyImport } from '../../../../shared/warroom/merge';
import { resetDayProfile, setDayProfile, setHourPercent } from '../../../../shared/warroom/profile';
import { profileWeights } from '../../../../shared/warroom/curve';
import { applyReallocation, type Reallocation } from '../../../../shared/warroom/reallocation';
import {
  acknowledgeAlert,
  addIncident,
  removeIncident,
  updateIncident,
  type IncidentPatch,
} from '../../../../shared/warroom/recipes';
import { planEditsOf } from '../../state/editActions';
import { warroomImportMessages } from './importMessages';
import { incidentMessages } from './incidentMessages';
import { warroomMessages } from './messages';
import { profileMessages } from './profileMessages';
import { reallocationMessages } from './reallocationMessages';

/**
 * The war room's edits (docs/architecture.md §5): each is one undo step named by its label. The
 * clock is read by the screen and passed in, so the recipes stay pure. Each panel labels its edits
 * from its own messages, so there is one `planEditsOf` per messages file.
 */
const warroomEdit = planEditsOf(warroomMessages);
const importEdit = planEditsOf(warroomImportMessages);
const incidentEdit = planEditsOf(incidentMessages);
const profileEdit = planEditsOf(profileMessages);
const reallocationEdit = planEditsOf(reallocationMessages);

export const acknowledgeAlertEdit = warroomEdit<{
  alert: Alert;
  at: string;
  nowIso: string;
  language: Language;
}>('warroom.acknowledgeAlert', (m) => m.ackLabel, acknowledgeAlert);

/** A quick entry or a pasted table written at once (the data entry panel). */
export const enterHourlyEdit = warroomEdit('warroom.enterHourly', (m) => m.importLabel, applyHourlyImport);

/** A file or paste through the mapping screen; the label names the source as the user sees it. */
export const importHourlyEdit = importEdit<HourlyImport & { shownSource: string }>(
  'warroom.importHourly',
  (m, p) => m.label(p.shownSource),
  applyHourlyImport,
);

/** The incident fields an edit can name. */
export type IncidentField =
  | 'date'
  | 'at'
  | 'severity'
  | 'status'
  | 'owner'
  | 'what'
  | 'risk'
  | 'action'
  | 'resolution'
  | 'resolvedDate'
  | 'resolvedTime';

export const addIncidentEdit = incidentEdit<{ at: string; what: string }>(
  'warroom.addIncident',
  (m) => m.addLabel,
  addIncident,
);

export const updateIncidentEdit = incidentEdit<{
  id: IncidentId;
  field: IncidentField;
  patch: IncidentPatch;
  now: string;
}>('warroom.updateIncident', (m, p) => m.editLabel(m[p.field]), updateIncident);

/** Deletes an incident (asked first); Ctrl+Z brings it back. */
export const removeIncidentEdit = incidentEdit<{ id: IncidentId; what: string }>(
  'warroom.removeIncident',
  (m, p) => m.deleteLabel(p.what),
  removeIncident,
);

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

export const resetProfileEdit = profileEdit(
  'warroom.resetProfile',
  (m, date: IsoDate) => m.resetLabel(date),
  resetDayProfile,
);

/** One hour's share of a day; the other hours keep their proportions (shared/warroom/profile). */
export const setHourShareEdit = profileEdit<{ date: IsoDate; hour: number; percent: number }>(
  'warroom.setHourShare',
  (m, p) => m.editLabel(p.date, hourLabel(p.hour)),
  (d, p) => setDayProfile(d, p.date, setHourPercent(profileWeights(d, p.date), p.hour, p.percent)),
);

/** Applies the suggestion (docs/warroom.md "Reallocation"); offered in the palette too. */
export const reallocateEdit = reallocationEdit<{ suggestion: Reallocation; note: string; item: string }>(
  'warroom.reallocate',
  (m) => m.undoLabel,
  applyReallocation,
  { keywords: ['调配', '预算', 'reallocate', 'budget', 'ROAS'] },
);
