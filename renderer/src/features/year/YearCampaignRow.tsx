import { Fragment } from 'react';
import type { NavigateFunction } from 'react-router-dom';
import {
  YEAR_BAND_HEIGHT,
  YEAR_BAND_TOP,
  YEAR_MOMENT_BASELINE,
  YEAR_MOMENT_FONT,
  YEAR_PHASE_FONT,
  YEAR_ROW_HEIGHT,
  type RowGeometry,
} from '../../../../shared/calendar/yearLayout';
import type { YearRow } from '../../../../shared/calendar/yearRows';
import { routeLink } from '../../components/routeLink';
import { useFirstUse } from '../../components/useFirstUse';
import type { Formatters } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import type { yearMessages } from './messages';
import { NAME_COLUMN, yearColors } from './yearStyle';

/** What every row is written with, in the planner's language. */
export interface RowText {
  m: (typeof yearMessages)['zh-CN'];
  app: AppMessages;
  f: Formatters;
}

/**
 * One campaign: its name, type and status on the left, its phases as coloured bands (named where
 * the name fits whole) and its key moments as diamonds on the year's axis. The whole row is one
 * link to the plan's timeline; every band and moment has its full text as a tooltip.
 */
export function YearCampaignRow({
  row,
  geo,
  width,
  navigate,
  text: { m, app, f },
}: {
  row: YearRow;
  geo: RowGeometry;
  width: number;
  /** The chart's navigate: a plain link (components/routeLink.ts), not a Link per row. */
  navigate: NavigateFunction;
  /** The chart's messages and formatters: one subscription to the language, not four per row. */
  text: RowText;
}) {
  // The bands' and moments' tooltips (<title>) are made when the pointer first comes over the
  // row (or it takes focus), before it can rest on a band: a dozen titles per row, each with its
  // dates formatted, were a third of the elements the calendar's first render built, for tooltips
  // only a pointer shows (the drawing is hidden from screen readers, the row's name and dates are read).
  const tips = useFirstUse();
  const status = row.status === 'archived' ? m.archived : app.enums.planStatus[row.status];
  const type = app.enums.planType[row.type];
  const bandMid = YEAR_BAND_TOP + YEAR_BAND_HEIGHT / 2;
  return (
    <li className="yc-row" style={{ height: YEAR_ROW_HEIGHT }}>
      <a
        {...routeLink(navigate, `/plans/${row.planId}/timeline`)}
        className="yc-row-link"
        data-testid="year-row"
        data-plan-id={row.planId}
        {...tips.trigger}
      >
        <div className="yc-name" style={{ width: NAME_COLUMN }} title={`${row.name} · ${status} · ${type}`}>
          {/* Plain elements styled as Mantine's Text (year.css): thirty rows of Text components
              were a third of the calendar's first render. */}
          <p className="yc-name-title">{row.name}</p>
          {/* The status first: a long type ("Black Friday / Cyber Monday") is what the column
              cuts, not whether the campaign is running. */}
          <p className="yc-name-meta">
            {status} · {type}
          </p>
          <span className="yc-hidden">{m.rowDates(f.date(row.start), f.date(row.end))}</span>
        </div>
        <svg
          width={width}
          height={YEAR_ROW_HEIGHT}
          aria-hidden="true"
          style={{ display: 'block', flexShrink: 0 }}
        >
          {geo.spanWidth > 0 && (
            <rect x={geo.spanX} y={bandMid - 1.5} width={geo.spanWidth} height={3} fill={yearColors.span} />
          )}
          {/* A band and its name side by side, not in a group: one element less per phase. */}
          {geo.phases.map((p) => (
            <Fragment key={p.id}>
              <rect
                x={p.x}
                y={YEAR_BAND_TOP}
                width={Math.max(2, p.width)}
                height={YEAR_BAND_HEIGHT}
                rx={3}
                fill={p.color}
                fillOpacity={0.85}
                data-testid="year-phase"
              >
                {tips.used && <title>{m.phaseTip(p.name, f.date(p.start), f.date(p.end))}</title>}
              </rect>
              {p.showName && (
                <text
                  x={p.x + 4}
                  y={YEAR_BAND_TOP + YEAR_BAND_HEIGHT / 2 + YEAR_PHASE_FONT * 0.36}
                  fontSize={YEAR_PHASE_FONT}
                  fill={yearColors.text}
                  pointerEvents="none"
                >
                  {p.name}
                </text>
              )}
            </Fragment>
          ))}
          {geo.moments.map((mo) => (
            <path
              key={mo.id}
              d={`M${mo.x},${bandMid - 7} L${mo.x + 5},${bandMid} L${mo.x},${bandMid + 7} L${mo.x - 5},${bandMid} Z`}
              fill={mo.kind === 'peak' ? yearColors.peak : yearColors.moment}
              stroke="#fff"
              strokeWidth={1}
              data-testid="year-moment"
            >
              {tips.used && <title>{m.momentTip(mo.label, f.date(mo.date))}</title>}
            </path>
          ))}
          {geo.labels.map((l) => (
            <text
              key={l.id}
              x={l.x}
              y={YEAR_MOMENT_BASELINE}
              fontSize={YEAR_MOMENT_FONT}
              fill={yearColors.dim}
            >
              {l.text}
            </text>
          ))}
        </svg>
      </a>
    </li>
  );
}
