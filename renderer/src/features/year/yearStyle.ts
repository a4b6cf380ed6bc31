/** The year calendar's colours, shared by the screen (SVG) and its export (canvas, PDF). */
export const yearColors = {
  grid: '#dee2e6',
  holidayShade: '#fff0f0',
  holidayMark: '#fa5252',
  holidayText: '#c92a2a',
  provisionalMark: '#f59f00',
  provisionalText: '#946300',
  workdayShade: '#edf2ff',
  workdayMark: '#748ffc',
  platformMark: '#7048e8',
  platformText: '#5f3dc4',
  today: '#e03131',
  span: '#ced4da',
  peak: '#e8590c',
  moment: '#f08c00',
  text: '#212529',
  dim: '#495057',
} as const;

/** Width of the campaign-name column, on screen and in the export. */
export const NAME_COLUMN = 220;
