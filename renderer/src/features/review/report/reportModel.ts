import type { PlanDocument } from '../../../../../shared/domain';
import { formatJudgement } from '../../../../../shared/review/ahp';
import { fuzzyGrades } from '../../../../../shared/review/fuzzy';
import { coverageReason, type ActualMoney, type PlanFigures } from '../../../../../shared/figures';
import type { GoalAttainment } from '../../../../../shared/review/attainment';
import type { Formatters } from '../../../i18n';
import { attainmentBaselineHeaders, derivedKeys, derivedLabel, formatDerived } from '../AttainmentSection';
import { attainmentBaselineOf } from '../../../../../shared/review/baselines';
import { formatAttainment, formatChangeVsBaseline, formatGoal, formatGoalTarget } from '../formatValue';
import { coverageMessages, type CoverageMessages } from '../coverageMessages';
import type { ReviewMessages } from '../messages';
import { blockText, scoreTableCells } from '../scoreText';
import type { PdfTable } from '../../../components/pdf/pdfPages';
import { hoursMessages } from '../hoursMessages';
import { incidentsTable } from './incidentsReport';
import type { BaselineComparison } from '../../../../../shared/figures/baselines';
import { baselineMessages } from '../baselines/messages';
import { baselineReportTables } from '../baselines/baselineReport';

/**
 * The review report as text, in the screen's language: one model drawn by the PDF writer, so the
 * PDF says exactly what the print view says.
 */
export type ReportTable = PdfTable;

export interface ReportModel {
  title: string;
  subtitle: string[];
  summaryHeading: string;
  summary: string;
  attainmentHeading: string;
  /** The attainment table with the tab's columns and marks ("≥ ¥2,400,000.00", "较基线·合计"). */
  attainment: ReportTable;
  /** The line under the table saying the Baselines tab's lifts are per day; null without a baseline. */
  attainmentNote: string | null;
  derivedHeading: string;
  derived: ReportTable;
  chartsHeading: string;
  /** The named baselines' tables (docs/baselines.md "In the review report"); empty when none. */
  baselinesHeading: string;
  baselines: { title: string; detail: string; table: ReportTable }[];
  incidentsHeading: string;
  /** Every incident and acknowledged alert, as the hours strip lists them; null when none. */
  incidents: ReportTable | null;
  noIncidents: string;
  scoreHeading: string;
  scoreLines: string[];
  scoreTable: ReportTable;
  lessonsHeading: string;
  lessons: { heading: string; items: string[] }[];
  footer: string;
}

/** Which basis the actual figures stand on and, below the threshold, why they are provisional. */
export function basisLine(
  doc: PlanDocument,
  money: ActualMoney,
  c: CoverageMessages,
  language: 'zh' | 'en',
): string {
  const mode = money.filledWithPlanned ? c.modeFilled : c.modeZero;
  if (money.coverage.share === null) return mode;
  const status = money.coverage.isProvisional
    ? coverageReason(money.coverage, doc.plan.currency, language)
    : c.final;
  return `${mode} · ${status}`;
}

/**
 * The report from the engine's output (shared/figures): every number in it is one the engine
 * computed; this only formats.
 */
export function buildReportModel(
  doc: PlanDocument,
  figures: PlanFigures,
  m: ReviewMessages,
  f: Formatters,
  now: Date,
  comparison: BaselineComparison | null = null,
  c: CoverageMessages = coverageMessages[f.locale.startsWith('zh') ? 'zh-CN' : 'en-US'],
): ReportModel {
  const currency = doc.plan.currency;
  const language = f.locale.startsWith('zh') ? 'zh-CN' : 'en-US';
  const h = hoursMessages[language];
  const b = baselineMessages[language];
  const attainments = figures.goals;
  const chosen = attainmentBaselineOf(doc);
  const baselineHeads = attainmentBaselineHeaders(doc, m);
  const baselineName = chosen ? chosen.name || m.attainment.unnamedBaseline : doc.review?.baselineLabel;
  const score = figures.reviewScore;
  const campaign = figures.campaign.derived;
  const baseline = figures.baseline.derived;
  const statusText = (a: GoalAttainment) =>
    a.issue && a.issue !== 'noActual'
      ? m.attainment.issues[a.issue]
      : a.issue === 'noActual'
        ? m.attainment.issues.noActual
        : m.attainment.statuses[a.status];
  const byId = new Map(score.rows.map((r) => [r.indicator.id as string, r.indicator.name]));

  const scoreLines: string[] = [];
  scoreLines.push(
    `${m.score.result}: ${score.score === null ? m.report.noScore : `${f.number(score.score, 1)} ${m.score.outOf}`}`,
  );
  scoreLines.push(m.report.method(score.method === 'ahp' ? m.score.ahp : m.score.direct));
  if (score.ahp) {
    scoreLines.push(
      // The PDF's font (Noto Sans SC) has no Greek, so λmax is written out in words.
      `${m.score.lambdaMaxWords} = ${f.number(score.ahp.lambdaMax, 3)}   CI = ${f.number(score.ahp.ci, 3)}   CR = ${f.number(score.ahp.cr, 3)}`,
    );
  }
  for (const b of score.blocks) scoreLines.push(blockText(b, m, f, byId));
  if (score.revisit.length > 0) {
    const names = score.rows.map((r) => r.indicator.name);
    scoreLines.push(m.score.inconsistent);
    for (const r of score.revisit)
      scoreLines.push(
        `• ${m.score.revisit(names[r.row] ?? '', names[r.column] ?? '', formatJudgement(r.judged), formatJudgement(r.suggested))}`,
      );
  }
  if (score.fuzzy) {
    const fuzzy = score.fuzzy;
    scoreLines.push(
      `${m.report.grade(m.score.grades[fuzzy.grade])} (${fuzzyGrades.map((g, j) => `${m.score.grades[g]} ${f.percent(fuzzy.memberships[j] ?? 0, 1)}`).join(' · ')})`,
    );
  }
  scoreLines.push(m.score.explanation);

  const lessonKinds = ['worked', 'didNotWork', 'action'] as const;
  return {
    title: m.report.title(doc.plan.name),
    subtitle: [
      m.report.period(f.date(doc.plan.startDate, 'long'), f.date(doc.plan.endDate, 'long')),
      // The baseline the attainment table reads, by name (a narrow PDF column cannot hold it).
      ...(baselineName ? [m.baselineNote(baselineName)] : []),
      basisLine(doc, figures.actual, c, f.locale.startsWith('zh') ? 'zh' : 'en'),
      m.report.printedAt(
        `${f.date(now.toISOString().slice(0, 10), 'long')} ${now.toTimeString().slice(0, 5)}`,
      ),
    ],
    summaryHeading: m.report.summary,
    summary: doc.review?.summary ?? '',
    attainmentHeading: m.report.attainment,
    // The tab's table (AttainmentTable) column for column, in the same words and marks.
    attainment: {
      headers: [
        m.attainment.goal,
        m.attainment.actual,
        m.attainment.target,
        baselineHeads.baseline,
        m.attainment.rate,
        baselineHeads.vsBaseline,
        m.attainment.status,
      ],
      numeric: [1, 2, 3, 4, 5],
      rows: attainments.map((a) => [
        a.goal.title || '—',
        formatGoal(f, a.goal, a.actual, currency),
        formatGoalTarget(f, a.goal, currency),
        formatGoal(f, a.goal, a.baseline, currency),
        formatAttainment(f, a.attainment),
        formatChangeVsBaseline(f, a.changeVsBaseline),
        statusText(a),
      ]),
    },
    attainmentNote: chosen ? m.attainment.vsBaselineNote : null,
    derivedHeading: m.report.derived,
    derived: {
      headers: ['', m.attainment.campaign, m.attainment.baselinePeriod],
      numeric: [1, 2],
      rows: derivedKeys.map((k) => [
        derivedLabel(m, k),
        formatDerived(f, k, campaign[k], currency),
        formatDerived(f, k, baseline[k], currency),
      ]),
    },
    chartsHeading: m.report.charts,
    baselinesHeading: b.reportHeading,
    baselines: comparison ? baselineReportTables(comparison, b, f, currency) : [],
    incidentsHeading: h.report.heading,
    incidents: incidentsTable(doc, h, f),
    noIncidents: h.report.none,
    scoreHeading: m.report.score,
    scoreLines,
    scoreTable: {
      headers: [m.score.indicator, m.score.weight, m.score.attainment, m.score.points, m.score.contribution],
      numeric: [1, 2, 3, 4],
      rows: scoreTableCells(f, score.rows).map((cells, i) => [score.rows[i]?.indicator.name ?? '', ...cells]),
    },
    lessonsHeading: m.report.lessons,
    lessons: lessonKinds.map((kind) => ({
      heading: m.lessons[kind],
      items: doc.lessons
        .filter((l) => l.kind === kind)
        .sort((a, b) => a.order - b.order)
        .map((l) => {
          const extra =
            kind === 'action'
              ? [l.owner, l.dueDate ? f.date(l.dueDate, 'long') : '', l.done ? m.lessons.done : '']
                  .filter(Boolean)
                  .join(' · ')
              : '';
          return extra ? `${l.text} (${extra})` : l.text;
        }),
    })),
    footer: doc.plan.name,
  };
}
