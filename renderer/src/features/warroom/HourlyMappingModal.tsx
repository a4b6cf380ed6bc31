import { Alert, Divider, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../../../shared/domain';
import { knownSkus } from '../../../../shared/warroom/headerless';
import { importHourlyWorkbook } from '../../../../shared/warroom/importFile';
import { metricOfField, type HourlyMetric, type ValueMode } from '../../../../shared/warroom/importHourly';
import { mergeHourly, recordKey } from '../../../../shared/warroom/merge';
import { hourlyFields } from '../../../../shared/xlsx/read/fields';
import type { WorkbookGrid } from '../../../../shared/xlsx/read/grid';
import type { ImportProblem } from '../../../../shared/xlsx/problems';
import type { SheetMapping } from '../../../../shared/xlsx/read/rows';
import { ModalActions } from '../../components/ModalActions';
import { ImportProblemRow } from '../io/ImportProblemRow';
import { useLanguage, useMessages } from '../../i18n';
import { takeBackup } from '../../state/backupStore';
import { runEdit } from '../../state/editActions';
import { usePlanDoc } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { warroomImportMessages } from './importMessages';
import { warroomMessages } from './messages';
import { SheetMappingBlock } from './SheetMappingBlock';
import { importHourlyEdit } from './warroomEdits';

/** What reaches the mapping screen: a file read into a grid, or a paste turned into one. */
export interface HourlySource {
  /** The file's name, or 'paste'. */
  name: string;
  isPaste: boolean;
  workbook: WorkbookGrid;
  /** Problems of reading it (encoding, an assumed header). */
  readProblems: ImportProblem[];
}

const SHOWN_CHANGES = 12;
const SHOWN_PROBLEMS = 30;

/**
 * The one mapping screen for the war room's data (docs/warroom.md, "Live data"): a file, a drop
 * and a paste all come here. The mapping and the per-hour/cumulative reading can be corrected,
 * the replaced values are listed old → new, and nothing is written while any cell has an error.
 */
export function HourlyMappingModal({
  source,
  day,
  onClose,
  onApplied,
}: {
  source: HourlySource;
  day: IsoDate;
  onClose: () => void;
  onApplied: (report: string[]) => void;
}) {
  const doc = usePlanDoc();
  const m = useMessages(warroomImportMessages);
  const w = useMessages(warroomMessages);
  const lang = useLanguage();
  const f = useMoney();
  const [mappings, setMappings] = useState<SheetMapping[] | null>(null);
  const [mode, setMode] = useState<'auto' | ValueMode>('auto');
  // The import time is fixed when the screen opens, so the preview and the write agree.
  const [importedAt] = useState(() => new Date().toISOString());
  const sourceName = source.isPaste ? m.pasteSource : source.name;

  const knownProducts = useMemo(() => knownSkus(doc.products, doc.hourly), [doc.products, doc.hourly]);
  const result = useMemo(
    () =>
      importHourlyWorkbook(
        source.workbook,
        {
          planId: doc.plan.id,
          currency: doc.plan.currency,
          channels: doc.channels,
          products: knownProducts,
          defaultDate: day,
          snapshotHour: null,
          fileName: sourceName,
          mode,
        },
        mappings,
      ),
    [source, doc.plan, doc.channels, knownProducts, day, mode, mappings, sourceName],
  );
  const value = result.value;
  // A pasted table's one sheet is named only for the importer: its problems name the paste (the
  // importer names the file by `fileName` above) and no sheet.
  const problems = [...source.readProblems, ...result.problems].map((p) =>
    source.isPaste ? { ...p, sheet: null } : p,
  );
  const errors = problems.filter((p) => p.severity === 'error');
  const rows = useMemo(() => value?.rows ?? [], [value]);
  const merge = useMemo(
    () => mergeHourly(doc.hourly, rows, { planId: doc.plan.id, source: source.name, importedAt }),
    [doc.hourly, doc.plan.id, rows, source.name, importedAt],
  );
  const keys = new Set(rows.map(recordKey)).size;
  const canApply = errors.length === 0 && rows.length > 0;

  const metricLabel = (metric: HourlyMetric) => {
    const field = Object.keys(metricOfField).find((k) => metricOfField[k] === metric) ?? metric;
    return hourlyFields.find((d) => d.key === field)?.label[lang] ?? metric;
  };
  const channels = [...doc.channels, ...(value?.newChannels ?? [])];
  const who = (c: { channelId: string | null; sku: string | null }) =>
    c.sku ?? channels.find((ch) => ch.id === c.channelId)?.name ?? m.shop;
  const show = (metric: HourlyMetric, v: number) => (metric.endsWith('Minor') ? f.money(v) : f.number(v, 0));
  const changeLines = merge.changes.map((c) =>
    m.change(
      c.hour.replace('T', ' '),
      who(c),
      metricLabel(c.metric),
      show(c.metric, c.before),
      show(c.metric, c.after),
    ),
  );

  const setSheetMapping = (index: number, next: SheetMapping) => {
    const current = value?.sheets.map((s) => s.mapping) ?? [];
    setMappings(current.map((s, i) => (i === index ? next : s)));
  };

  const apply = async () => {
    if (!value || !canApply) return;
    if (!source.isPaste) await takeBackup('import');
    runEdit(importHourlyEdit, {
      rows: value.rows,
      newChannels: value.newChannels,
      source: source.name,
      shownSource: sourceName,
      importedAt,
    });
    onApplied([w.imported(merge.added, merge.replaced), ...changeLines]);
  };

  return (
    <Modal opened onClose={onClose} size="80rem" title={m.title(sourceName)}>
      <Stack gap="sm" data-testid="warroom-import">
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {m.modeLabel}
          </Text>
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as 'auto' | ValueMode)}
            data={[
              { value: 'auto', label: m.modeAuto },
              { value: 'perHour', label: m.modePerHour },
              { value: 'cumulative', label: m.modeCumulative },
            ]}
          />
        </Group>
        {value?.sheets.map((s, i) => {
          const grid = source.workbook.sheets.find((g) => g.name === s.mapping.sheet);
          return grid ? (
            <SheetMappingBlock
              key={s.mapping.sheet}
              grid={grid}
              sheet={s}
              forced={mode !== 'auto'}
              pasted={source.isPaste}
              onChange={(next) => setSheetMapping(i, next)}
            />
          ) : null;
        })}
        {problems.length > 0 && (
          <Table withTableBorder fz="xs" data-testid="warroom-import-problems">
            <Table.Tbody>
              {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <ImportProblemRow
                  key={i}
                  problem={p}
                  severity={p.severity === 'error' ? m.error : m.warning}
                  severityColor={p.severity === 'error' ? 'red.8' : 'orange.8'}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {errors.length > 0 && (
          <Alert color="red" data-testid="warroom-import-refused">
            {m.allOrNothing(errors.length)}
          </Alert>
        )}
        {errors.length === 0 && rows.length === 0 && <Text size="sm">{m.nothing}</Text>}
        {canApply && (
          <>
            <Divider />
            <Text size="sm" fw={600} data-testid="warroom-import-preview">
              {m.preview(merge.added, merge.replaced, keys - merge.added - merge.replaced)}
            </Text>
            {(value?.newChannels.length ?? 0) > 0 && (
              <Text size="sm">{m.newChannels(value!.newChannels.map((c) => c.name).join(', '))}</Text>
            )}
            {changeLines.length > 0 && (
              <Stack gap={2} data-testid="warroom-import-changes">
                <Text size="sm">{m.changesTitle}</Text>
                {changeLines.slice(0, SHOWN_CHANGES).map((line, i) => (
                  <Text key={i} size="sm" c="dimmed">
                    {line}
                  </Text>
                ))}
                {changeLines.length > SHOWN_CHANGES && (
                  <Text size="sm" c="dimmed">
                    {m.moreChanges(changeLines.length - SHOWN_CHANGES)}
                  </Text>
                )}
              </Stack>
            )}
          </>
        )}
        <ModalActions
          cancelLabel={m.cancel}
          confirmLabel={m.confirm}
          onCancel={onClose}
          onConfirm={() => void apply()}
          disabled={!canApply}
          testId="warroom-import-confirm"
        />
      </Stack>
    </Modal>
  );
}
