import { Button, Group, Loader, MultiSelect, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsLeftRight, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { comparePlans } from '../../../../shared/compare/compare';
import { buildCompareWorkbook } from '../../../../shared/compare/compareWorkbook';
import { languageOf } from '../../../../shared/i18n/locale';
import { chartImage } from '../../components/charts/chartSetup';
import { EmptyState } from '../../components/EmptyState';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { newFromExcelMessages } from '../io/newFromExcelMessages';
import { saveFile } from '../../platform';
import { useLibraryStore } from '../../state/libraryStore';

import type { ChartRegistry } from '../review/ReviewChart';
import { compareChartIds, CompareCharts } from './CompareCharts';
import { buildComparePdfModel } from './comparePdfModel';
import { CompareLessons } from './CompareLessons';
import { CompareSuggestions } from './CompareSuggestions';
import { CompareTable } from './CompareTable';
import { rollForwardMessages } from '../rollforward/messages';
import { compareMessages } from './messages';
import { compareRowName } from './rowName';
import { useComparedPlans } from './useComparedPlans';
import { ScreenTitle } from '../../components/ScreenTitle';

const MAX_PLANS = 4;

/** Compare campaigns (issue 14.4): 2–4 plans from the library side by side, ?plans=a,b,… */
export function CompareScreen() {
  const c = useMessages(compareMessages);
  const m = useAppMessages();
  const locale = useLocale();
  const r = useMessages(rollForwardMessages);
  const x = useMessages(newFromExcelMessages);
  const plans = useLibraryStore((s) => s.plans);
  const isLoaded = useLibraryStore((s) => s.isLoaded);
  const f = useFormat();
  const registry: ChartRegistry = useMemo(() => new Map(), []);
  const [busy, setBusy] = useState(false);
  const refresh = useLibraryStore((s) => s.refresh);
  const [params, setParams] = useSearchParams();
  const raw = params.get('plans') ?? '';
  const ids = useMemo(() => (raw === '' ? [] : raw.split(',').slice(0, MAX_PLANS)), [raw]);
  const docs = useComparedPlans(ids);
  const comparison = useMemo(() => (docs && docs.length >= 2 ? comparePlans(docs) : null), [docs]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const livePlans = useMemo(() => plans.map((s) => s.plan).filter((p) => p.deletedAt === null), [plans]);
  const options = useMemo(
    () => livePlans.map((p) => ({ value: p.id as string, label: `${p.name} · ${p.peakDate}` })),
    [livePlans],
  );

  async function exportXlsx() {
    if (!comparison) return;
    const bytes = buildCompareWorkbook(
      comparison,
      {
        sheets: c.sheets,
        title: c.workbookTitle(comparison.plans.map((p) => p.name).join(' / ')),
        exportedAt: c.exportedAt,
        section: c.section,
        figure: c.figure,
        delta: c.deltaOf,
        pctDelta: c.pctDeltaOf,
        sections: c.sections,
        rowName: (row) => compareRowName(row, c, m, locale),
        offset: c.offset,
        lessonKind: r.lessonKind,
        language: languageOf(locale),
      },
      new Date().toISOString(),
    );
    const saved = await saveFile(`${c.fileName}.xlsx`, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
    if (saved) notifications.show({ color: 'green', message: c.exported });
  }

  async function exportPdf() {
    if (!comparison) return;
    setBusy(true);
    try {
      const model = buildComparePdfModel(comparison, { f, c, m, r, locale }, new Date());
      const titles = [c.alignedTitle, c.phaseTitle];
      const images = compareChartIds.flatMap((id, i) => {
        const chart = registry.get(id);
        return chart ? [chartImage(titles[i] ?? '', chart)] : [];
      });
      // The PDF writer (pdf-lib, fontkit, the CJK font slices) loads on export only: imported with
      // the screen, the route prefetch after start-up evaluated 1.2 MB and decoded fontkit's tables.
      const { buildComparePdf } = await import('./comparePdf');
      const bytes = await buildComparePdf(model, images, comparison);
      const saved = await saveFile(
        `${c.fileName}.pdf`,
        bytes,
        [{ name: 'PDF', extensions: ['pdf'] }],
        'application/pdf',
      );
      if (saved) notifications.show({ color: 'green', message: c.exportedPdf });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: m.common.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ScrollArea h="calc(100dvh - var(--cd-header-height))">
      <Stack p="lg" gap="md" maw={1280} mx="auto">
        <Group justify="space-between" align="flex-end">
          <ScreenTitle title={c.title} intro={c.intro} introWidth={820} />
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              disabled={!comparison}
              loading={busy}
              onClick={() => void exportPdf()}
              data-testid="compare-export-pdf"
            >
              {c.exportPdf}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              disabled={!comparison}
              onClick={() => void exportXlsx()}
              data-testid="compare-export"
            >
              {c.export}
            </Button>
          </Group>
        </Group>
        {isLoaded && options.length < 2 ? (
          <EmptyState
            icon={<IconArrowsLeftRight />}
            title={c.needPlansTitle}
            body={c.needPlansBody(options.length)}
            action={
              <Group>
                <Button component={Link} to="/?new=1">
                  {m.library.newPlan}
                </Button>
                <Button component={Link} to="/import" variant="default">
                  {x.action}
                </Button>
              </Group>
            }
          />
        ) : (
          <MultiSelect
            label={c.pick}
            description={c.pickHint}
            data={options}
            value={ids}
            maxValues={MAX_PLANS}
            searchable
            onChange={(next) => setParams(next.length === 0 ? {} : { plans: next.join(',') })}
            data-testid="compare-pick"
          />
        )}
        {docs === null ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{c.loading}</Text>
          </Group>
        ) : !comparison ? (
          options.length >= 2 && (
            <CompareSuggestions plans={livePlans} onPick={(next) => setParams({ plans: next.join(',') })} />
          )
        ) : (
          <>
            <CompareTable comparison={comparison} />
            <Title order={2} size="h4">
              {c.chartsTitle}
            </Title>
            <CompareCharts comparison={comparison} registry={registry} />

            <Title order={2} size="h4">
              {c.lessonsTitle}
            </Title>
            <CompareLessons comparison={comparison} />
          </>
        )}
      </Stack>
    </ScrollArea>
  );
}
