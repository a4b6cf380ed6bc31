import {
  Alert,
  Badge,
  Button,
  Group,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { collectionKeys, type PlanDocument } from '../../../../shared/domain';
import {
  columnLetter,
  fieldsByKind,
  hasErrors,
  previewMerge,
  sheetTitles,
  type ImportProblem,
  type SheetMapping,
  type SheetPick,
  type WorkbookImport,
} from '../../../../shared/xlsx';
import { useLanguage, useMessages } from '../../i18n';
import { ioMessages } from './messages';
import { FootnoteList } from './FootnoteList';
import { ProblemsPanel } from './ProblemsPanel';
import { usePushSuccessors } from '../../state/settingsStore';
import { SectionCard } from '../../components/SectionCard';
import { CommitNumberInput } from '../../components/CommitInputs';

export type ImportTarget = 'new' | 'merge';

/** "任务 30 · 预算明细 12 · 商品 5": what the app's own plan workbook creates, per kind of record. */
function recordsByKind(doc: PlanDocument, lang: 'zh' | 'en'): string {
  return collectionKeys
    .filter((key) => doc[key].length > 0)
    .map((key) => `${sheetTitles[key][lang]} ${doc[key].length}`)
    .join(' · ');
}

/** One kind of record in the merge preview: how many are added, which change (and how), how many stay. */
function mergeRow<T>(
  label: string,
  diff: {
    added: readonly unknown[];
    changed: readonly { before: T; fields: string[] }[];
    unchanged: readonly unknown[];
  },
  nameOf: (record: T) => string,
) {
  return {
    label,
    added: diff.added.length,
    changed: diff.changed.map((c) => [nameOf(c.before), c.fields.join(', ')] as const),
    unchanged: diff.unchanged.length,
  };
}

const PREVIEW_COLUMNS = 12;
/** The header row may be chosen among the first rows, where the importer looks for it too. */
const HEADER_ROWS = 30;

/** The mapping screen, preview, problems report and merge preview of one parsed file. */
export function ImportReview({
  value,
  problems,
  sheets,
  target,
  current,
  blocked,
  onRemap,
  onPick,
  onConfirm,
  onDiscard,
}: {
  value: WorkbookImport;
  problems: ImportProblem[];
  /** The file's visible sheets, in workbook order. */
  sheets: string[];
  target: ImportTarget;
  current: PlanDocument | null;
  /** A reason the import cannot be confirmed (e.g. the plan is already in the library). */
  blocked: string | null;
  onRemap(mapping: SheetMapping): void;
  onPick(pick: SheetPick): void;
  onConfirm(): void;
  onDiscard(): void;
}) {
  const m = useMessages(ioMessages);
  const lang = useLanguage();
  const mapping = value.mapping;
  const errors = hasErrors(problems);
  const okRows =
    value.kind === 'actuals'
      ? (value.actuals?.rows.length ?? 0)
      : value.kind === 'plan'
        ? value.rowCount
        : value.document.tasks.length +
          value.document.budgetLines.length +
          value.document.products.length +
          value.document.goals.length;
  // The preview moves successors exactly as the merge will ("successors follow").
  const pushSuccessors = usePushSuccessors();
  const merge = useMemo(
    () =>
      target === 'merge' && current && value.kind !== 'actuals'
        ? previewMerge(
            current,
            value.document,
            { pushSuccessors },
            value.footnotes.map((f) => f.text),
          )
        : null,
    [target, current, value, pushSuccessors],
  );
  const headers = value.preview?.headers ?? [];
  // The sheet the importer finds most like a header row of a known kind; the others are listed
  // too, so a schedule behind a cover sheet or a second table can be chosen.
  const suggested = value.candidates[0]?.sheet ?? null;
  const scored = new Set(value.candidates.map((c) => c.sheet));
  const sheetOptions = (mapping && !sheets.includes(mapping.sheet) ? [mapping.sheet, ...sheets] : sheets).map(
    (name) => ({
      value: name,
      label:
        name === suggested
          ? `${name} · ${m.suggested}`
          : scored.has(name)
            ? name
            : `${name} · ${m.noHeaderFound}`,
    }),
  );
  const columnOptions = [
    { value: '', label: m.notInSheet },
    ...headers.map((h, c) => ({ value: String(c), label: `${columnLetter(c)} · ${h || '—'}` })),
  ];

  return (
    <Stack gap="md">
      {mapping && (
        <SectionCard look="panel" title={m.mapping} hint={m.mappingHint}>
          <Group gap="sm" align="flex-end" mb="sm">
            <Select
              size="xs"
              w={260}
              label={m.sheet}
              description={sheets.length > 1 ? m.sheetHint : undefined}
              data={sheetOptions}
              value={mapping.sheet}
              allowDeselect={false}
              data-testid="import-sheet"
              onChange={(v) => v && v !== mapping.sheet && onPick({ sheet: v })}
            />
            {/* A row number: "2.5" is refused saying so (the one number field), not read as 25. */}
            <CommitNumberInput
              size="xs"
              w={110}
              label={m.headerRowLabel}
              min={1}
              max={HEADER_ROWS}
              allowDecimal={false}
              value={mapping.headerRow + 1}
              data-testid="import-header-row"
              onCommit={(row) => {
                // Emptied: the row chosen shows again.
                if (row === null) return false;
                if (row - 1 !== mapping.headerRow) onPick({ sheet: mapping.sheet, headerRow: row - 1 });
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={4}>
            {fieldsByKind[mapping.kind].map((f) => (
              <Select
                key={f.key}
                size="xs"
                label={f.label[lang]}
                data={columnOptions}
                value={
                  mapping.columns[f.key] === null || mapping.columns[f.key] === undefined
                    ? ''
                    : String(mapping.columns[f.key])
                }
                allowDeselect={false}
                onChange={(v) =>
                  onRemap({ ...mapping, columns: { ...mapping.columns, [f.key]: v ? Number(v) : null } })
                }
              />
            ))}
            <Select
              size="xs"
              label={m.dateOrder}
              data={[
                { value: 'auto', label: m.dateOrders.auto },
                { value: 'md', label: m.dateOrders.md },
                { value: 'dm', label: m.dateOrders.dm },
              ]}
              value={mapping.dateOrder ?? 'auto'}
              allowDeselect={false}
              onChange={(v) => onRemap({ ...mapping, dateOrder: v === 'md' || v === 'dm' ? v : null })}
            />
          </SimpleGrid>
        </SectionCard>
      )}

      {value.preview && value.preview.rows.length > 0 && (
        <SectionCard look="panel" title={m.preview(value.preview.rows.length)}>
          <ScrollArea>
            <Table striped withTableBorder fz="xs" data-testid="import-preview">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.row}</Table.Th>
                  {headers.slice(0, PREVIEW_COLUMNS).map((h, c) => (
                    <Table.Th key={c}>
                      {columnLetter(c)} {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {value.preview.rows.map((r) => (
                  <Table.Tr
                    key={r.excelRow}
                    bg={
                      value.rejectedRows.includes(r.excelRow) ? 'var(--mantine-color-red-light)' : undefined
                    }
                  >
                    <Table.Td>{r.excelRow}</Table.Td>
                    {r.cells.slice(0, PREVIEW_COLUMNS).map((c, i) => (
                      <Table.Td key={i}>{c}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </SectionCard>
      )}

      {value.footnotes.length > 0 && (
        <FootnoteList title={m.footnotesTitle(value.footnotes.length)} footnotes={value.footnotes} />
      )}

      <ProblemsPanel problems={problems}>
        <Text size="sm" mb="xs">
          {value.kind === 'actuals'
            ? m.actualsSummary(value.actuals?.rows.length ?? 0, value.actuals?.newChannels.length ?? 0)
            : value.kind === 'plan'
              ? `${m.planSummary(value.document.tasks.length, value.rowCount)} ${recordsByKind(value.document, lang)}`
              : m.summary(value.rowCount, okRows, value.rejectedRows.length)}
        </Text>
      </ProblemsPanel>

      {merge && (
        <SectionCard look="panel" title={m.mergePreview} testId="merge-preview">
          {[
            mergeRow(m.tasks, merge.tasks, (t) => t.title),
            mergeRow(m.lines, merge.lines, (l) => l.item),
            mergeRow(m.products, merge.products, (p) => p.sku),
            mergeRow(m.goals, merge.goals, (g) => g.title),
          ].map(({ label, added, changed, unchanged }) => (
            <Stack key={label} gap={4} mb="xs">
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {label}
                </Text>
                <Badge color="teal" variant="light">
                  {m.added(added)}
                </Badge>
                <Badge color="blue" variant="light">
                  {m.changed(changed.length)}
                </Badge>
                <Badge color="gray" variant="light">
                  {m.unchanged(unchanged)}
                </Badge>
              </Group>
              {changed.slice(0, 20).map(([name, fields], i) => (
                <Text key={i} size="xs" c="dimmed">
                  {name} — {m.fields}: {fields}
                </Text>
              ))}
            </Stack>
          ))}
          {merge.notes.length > 0 && (
            <Text size="xs" mb="xs" data-testid="merge-notes">
              {m.notesToAdd(merge.notes.length)} {merge.notes.join(' · ')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {m.undoHint}
          </Text>
        </SectionCard>
      )}

      {blocked && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {blocked}
        </Alert>
      )}
      <Group>
        {!errors ? (
          <Button onClick={onConfirm} disabled={!!blocked || okRows === 0}>
            {target === 'merge' ? m.confirmMerge : m.confirmNew(value.document.plan.name)}
          </Button>
        ) : (
          <Button color="orange" onClick={onConfirm} disabled={!!blocked || okRows === 0}>
            {m.validOnly(okRows)}
          </Button>
        )}
        <Button variant="default" onClick={onDiscard}>
          {m.discard}
        </Button>
      </Group>
    </Stack>
  );
}
