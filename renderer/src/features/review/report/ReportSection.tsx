import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { PlanDocument } from '../../../../../shared/domain';
import type { PlanFigures } from '../../../../../shared/figures';
import { buildReviewWorkbook } from '../../../../../shared/review/reportWorkbook';
import { localDateTime } from '../../../../../shared/xlsx/write/workbook';
import { CommitTextarea } from '../../../components/CommitInputs';
import { currencyDigits, languageOf, useAppMessages, useFormat, useLocale, useMessages } from '../../../i18n';
import { saveFile } from '../../../platform';
import { runEdit } from '../../../state/editActions';
import { setSummaryEdit } from '../reviewEdits';
import { AttainmentTable, DerivedFiguresCard, attainmentBaselineHeaders } from '../AttainmentSection';
import { ChartsGrid } from '../ChartsSection';
import { messages, type ReviewMessages } from '../messages';
import type { ChartRegistry } from '../ReviewChart';
import { ScoreResult } from '../ScoreResult';
import type { ReviewCharts } from '../useReviewCharts';
import { coverageMessages } from '../coverageMessages';
import { basisLine, buildReportModel } from './reportModel';
import { buildReviewPdf } from './reviewPdf';
import { incidentLabels } from './incidentsReport';
import { compareWithBaselines } from '../../../../../shared/figures/baselines';
import { attainmentBaselineOf } from '../../../../../shared/review/baselines';
import { useBaselineLibrary } from '../baselines/useBaselineLibrary';
import { baselineMessages } from '../baselines/messages';
import { baselineReportTables, baselineSheetLabels } from '../baselines/baselineReport';
import { BaselineLiftChart } from '../baselines/BaselineLiftChart';
import { ReportBlock } from './ReportBlock';
import { ReportTableView } from './ReportTableView';
import { hoursMessages } from '../hoursMessages';
import type { PdfChartImage } from '../../../components/pdf/pdfPages';
import { chartImage } from '../../../components/charts/chartSetup';
import { scoreTableCells } from '../scoreText';
import './report.css';

const chartOrder = ['daily', 'targetVsActual', 'channels', 'funnel', 'baseline', 'budget', 'hours'] as const;

/** The report's two files: the save dialog's filter name, the MIME type, and the export button's look. */
const fileKinds = {
  pdf: { name: 'PDF', mime: 'application/pdf', Icon: IconFileTypePdf, variant: 'filled' },
  xlsx: {
    name: 'Excel',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    Icon: IconFileSpreadsheet,
    variant: 'light',
  },
} as const;

function fileStem(doc: PlanDocument, m: ReviewMessages): string {
  return `${doc.plan.name}-${m.title}`.replace(/[\\/:*?"<>|]/g, '_');
}

/** The print-ready review report, and its export as PDF and as a workbook. */
export function ReportSection({
  doc,
  figures,
  charts,
}: {
  doc: PlanDocument;
  /** The engine's output: the report, its PDF and workbook show these figures and compute none. */
  figures: PlanFigures;
  charts: ReviewCharts;
}) {
  const score = figures.reviewScore;
  const m = useMessages(messages);
  const c = useMessages(coverageMessages);
  const h = useMessages(hoursMessages);
  const bm = useMessages(baselineMessages);
  const library = useBaselineLibrary(doc);
  const comparison = useMemo(() => compareWithBaselines(doc, library.sources), [doc, library.sources]);
  const app = useAppMessages();
  const f = useFormat();
  const scoreCells = scoreTableCells(f, score.rows);
  const locale = useLocale();
  const registry: ChartRegistry = useMemo(() => new Map(), []);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);

  useEffect(() => {
    document.body.classList.add('printing-review-report');
    return () => document.body.classList.remove('printing-review-report');
  }, []);

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: m.report.exportFailed(error instanceof Error ? error.message : String(error)),
    });

  /** Builds the file, saves it where the planner says, and tells how it went. */
  const exportAs = async (kind: 'pdf' | 'xlsx', build: () => Promise<Uint8Array> | Uint8Array) => {
    setBusy(kind);
    try {
      const bytes = await build();
      const { name, mime } = fileKinds[kind];
      await saveFile(`${fileStem(doc, m)}.${kind}`, bytes, [{ name, extensions: [kind] }], mime);
      notifications.show({ color: 'green', message: m.report.exported });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const buildPdf = () => {
    const model = buildReportModel(doc, figures, m, f, new Date(), comparison);
    const images: PdfChartImage[] = chartOrder.flatMap((id) => {
      const chart = registry.get(id);
      if (!chart) return [];
      return [chartImage(m.charts[id], chart)];
    });
    const lift = registry.get('baselineLift');
    return buildReviewPdf(model, images, lift ? chartImage(bm.liftChart, lift) : null);
  };

  const buildXlsx = () => {
    const w = m.report.workbook;
    return buildReviewWorkbook(
      doc,
      figures,
      {
        sheets: m.report.sheets,
        plan: w.plan,
        currency: w.currency,
        exportedAt: w.exportedAt,
        period: w.period,
        periods: m.periods,
        channel: w.channel,
        shop: m.scope.shop,
        date: m.fields.date,
        total: m.total,
        figures: {
          uv: m.fields.uv,
          pv: m.fields.pv,
          buyers: m.fields.buyers,
          orders: m.fields.orders,
          couponsClaimed: m.fields.couponsClaimed,
          couponsRedeemed: m.fields.couponsRedeemed,
          newCustomers: m.fields.newCustomers,
          gmvMinor: m.fields.gmvMinor,
          spendMinor: m.fields.spendMinor,
          refundsMinor: m.fields.refundsMinor,
        },
        conversion: m.fields.conversion,
        aov: m.fields.aov,
        goal: m.attainment.goal,
        metric: w.metric,
        unit: w.unit,
        metrics: app.enums.goalMetric,
        units: app.enums.goalUnit,
        direction: app.goals.direction,
        directions: app.enums.goalDirection,
        actual: m.attainment.actual,
        target: m.attainment.target,
        targetMax: app.goals.targetHigh,
        baseline: attainmentBaselineHeaders(doc, m).baseline,
        attainment: m.attainment.rate,
        status: m.attainment.status,
        statuses: {
          met: m.attainment.statuses.met,
          near: m.attainment.statuses.near,
          missed: m.attainment.statuses.missed,
        },
        coverage: w.coverage,
        provisional: w.provisional,
        note: w.note,
        indicator: m.score.indicator,
        weight: m.score.weight,
        points: m.score.points,
        contribution: m.score.contribution,
        score: m.score.result,
        noScore: m.report.noScore,
        method: m.score.method,
        methodName: score.method === 'ahp' ? m.score.ahp : m.score.direct,
        grades: m.score.grades,
        fuzzy: w.fuzzy,
        incidents: incidentLabels(h),
        baselines: baselineSheetLabels(bm, f),
      },
      {
        perMajor: 10 ** currencyDigits(doc.plan.currency),
        // Local wall-clock date and time (toISOString's date is UTC's, a day off near midnight).
        exportedAt: ((d) => `${d.date} ${d.time}`)(localDateTime(new Date().toISOString())),
        language: languageOf(locale),
        baselines: comparison,
      },
    );
  };

  const lessonKinds = ['worked', 'didNotWork', 'action'] as const;
  return (
    <Stack gap="md" className="review-report" data-testid="review-report" lang={locale}>
      <Group className="no-print" gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPrinter size={14} />}
          onClick={() => window.print()}
        >
          {m.report.print}
        </Button>
        {(['pdf', 'xlsx'] as const).map((kind) => {
          const { Icon, variant } = fileKinds[kind];
          return (
            <Button
              key={kind}
              size="xs"
              variant={variant}
              leftSection={<Icon size={14} />}
              loading={busy === kind}
              onClick={() => void exportAs(kind, kind === 'pdf' ? buildPdf : buildXlsx)}
              data-testid={`export-review-${kind}`}
            >
              {kind === 'pdf' ? m.report.exportPdf : m.report.exportXlsx}
            </Button>
          );
        })}
      </Group>

      <div className="report-block">
        <Title order={2}>{m.report.title(doc.plan.name)}</Title>
        <Text size="sm" c="dimmed">
          {m.report.period(f.date(doc.plan.startDate, 'long'), f.date(doc.plan.endDate, 'long'))}
          {doc.review?.baselineLabel ? ` · ${m.baselineNote(doc.review.baselineLabel)}` : ''}
        </Text>
        <Text size="sm" data-testid="report-basis">
          {basisLine(doc, figures.actual, c, languageOf(locale))}
        </Text>
      </div>

      <ReportBlock title={m.report.summary}>
        <CommitTextarea
          autosize
          minRows={2}
          placeholder={m.report.summaryPlaceholder}
          value={doc.review?.summary ?? ''}
          aria-label={m.report.summary}
          onCommit={(v) => runEdit(setSummaryEdit, v)}
        />
      </ReportBlock>

      <ReportBlock title={m.report.attainment}>
        {/* A plan without goals: say so, not a table of headers with no rows. */}
        {doc.goals.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="report-no-goals">
            {m.attainment.empty}
          </Text>
        ) : (
          <>
            <AttainmentTable doc={doc} figures={figures} isEditable={false} />
            {/* As under the tab's table and in the PDF: this lift is on totals, the Baselines tab's per day. */}
            {attainmentBaselineOf(doc) && (
              <Text size="xs" c="dimmed" mt={4}>
                {m.attainment.vsBaselineNote}
              </Text>
            )}
          </>
        )}
      </ReportBlock>
      <div className="report-block">
        <DerivedFiguresCard doc={doc} figures={figures} m={m} f={f} />
      </div>

      <ReportBlock title={m.report.charts} mayBreak>
        <ChartsGrid doc={doc} charts={charts} registry={registry} />
      </ReportBlock>

      {comparison.baselines.length > 0 && (
        <ReportBlock title={bm.reportHeading} mayBreak testId="report-baselines">
          {baselineReportTables(comparison, bm, f, doc.plan.currency).map((t) => (
            <div className="report-block" key={t.title}>
              <Text fw={600} size="sm">
                {t.title}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t.detail}
              </Text>
              <ReportTableView table={t.table} />
            </div>
          ))}
          <BaselineLiftChart comparison={comparison} currency={doc.plan.currency} registry={registry} />
        </ReportBlock>
      )}

      <ReportBlock title={m.report.score}>
        <ScoreResult score={score} names={score.rows.map((r) => r.indicator.name)} m={m} f={f} />
        <Table withTableBorder fz="sm" mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.score.indicator}</Table.Th>
              <Table.Th ta="right">{m.score.weight}</Table.Th>
              <Table.Th ta="right">{m.score.attainment}</Table.Th>
              <Table.Th ta="right">{m.score.points}</Table.Th>
              <Table.Th ta="right">{m.score.contribution}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {score.rows.map((r, row) => (
              <Table.Tr key={r.indicator.id}>
                <Table.Td>{r.indicator.name}</Table.Td>
                {(scoreCells[row] ?? []).map((cell, i) => (
                  <Table.Td key={i} ta="right">
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ReportBlock>

      <ReportBlock title={m.report.lessons}>
        <Group align="flex-start" grow>
          {lessonKinds.map((kind) => (
            <Card key={kind} withBorder padding="sm">
              <Text fw={600} size="sm" mb={4}>
                {m.lessons[kind]}
              </Text>
              {doc.lessons.filter((l) => l.kind === kind).length === 0 && (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
              {doc.lessons
                .filter((l) => l.kind === kind)
                .sort((a, b) => a.order - b.order)
                .map((l) => (
                  <Text size="sm" key={l.id}>
                    • {l.text}
                    {kind === 'action' && (l.owner || l.dueDate)
                      ? ` (${[l.owner, l.dueDate ? f.date(l.dueDate, 'long') : ''].filter(Boolean).join(' · ')})`
                      : ''}
                  </Text>
                ))}
            </Card>
          ))}
        </Group>
      </ReportBlock>
    </Stack>
  );
}
