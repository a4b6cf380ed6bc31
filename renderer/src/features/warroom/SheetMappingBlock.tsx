import { Badge, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { HourlySheetResult } from '../../../../shared/warroom/importFile';
import { cellText, type SheetGrid } from '../../../../shared/xlsx/read/grid';
import { hourlyFields } from '../../../../shared/xlsx/read/fields';
import type { SheetMapping } from '../../../../shared/xlsx/read/rows';
import { useLanguage, useMessages } from '../../i18n';
import { HeaderlessColumns } from './HeaderlessColumns';
import { warroomImportMessages } from './importMessages';

/** Rows offered as the header row: the importer looks in the first 20 too. */
const HEADER_CHOICES = 20;

/**
 * One sheet on the war room's mapping screen: which row is the header, which column holds each
 * figure, and what the importer recognised — per hour or cumulative since 00:00 — said in words.
 */
export function SheetMappingBlock({
  grid,
  sheet,
  forced,
  pasted,
  onChange,
}: {
  grid: SheetGrid;
  sheet: HourlySheetResult;
  /** The mode the planner insisted on, or null when recognised. */
  forced: boolean;
  /** A pasted table: its one sheet has no name of the planner's to show. */
  pasted: boolean;
  onChange: (mapping: SheetMapping) => void;
}) {
  const m = useMessages(warroomImportMessages);
  const lang = useLanguage();
  const { mapping } = sheet;
  const headers = (grid.rows[mapping.headerRow] ?? []).map(cellText);
  const label = (key: string) => hourlyFields.find((d) => d.key === key)?.label[lang] ?? key;
  const colsIn = (mode: string) =>
    Object.entries(sheet.columnModes)
      .filter(([, v]) => v === mode)
      .map(([k]) => label(k))
      .join(lang === 'zh' ? '、' : ', ');
  const flows = sheet.mode === 'cumulative' ? colsIn('cumulative') : colsIn('perHour');
  const levels = colsIn('level');
  const said =
    flows === ''
      ? null
      : sheet.mode === 'cumulative'
        ? (forced ? m.chosenCumulative : m.recognisedCumulative)(flows)
        : (forced ? m.chosenPerHour : m.recognisedPerHour)(flows);
  return (
    <Stack gap={6} data-testid="warroom-import-sheet">
      <Group gap="xs">
        {!pasted && (
          <Text fw={600} size="sm">
            {m.sheet(grid.name)}
          </Text>
        )}
        <Badge variant="light">{m.shape[sheet.shape]}</Badge>
        <Text size="sm" c="dimmed">
          {m.rows(sheet.rowCount, sheet.rejectedRows.length)}
        </Text>
      </Group>
      {said && (
        <Text size="sm" data-testid="warroom-import-mode">
          {said}
        </Text>
      )}
      {levels !== '' && <Text size="sm">{m.level(levels)}</Text>}
      {sheet.headerless ? (
        <HeaderlessColumns grid={grid} mapping={mapping} onChange={onChange} />
      ) : (
        <SimpleGrid cols={5} spacing="xs">
          <Select
            size="xs"
            label={m.headerRow}
            value={String(mapping.headerRow)}
            allowDeselect={false}
            data={grid.rows.slice(0, HEADER_CHOICES).map((r, i) => ({
              value: String(i),
              label: `${i + 1}: ${r.map(cellText).filter(Boolean).slice(0, 3).join(' | ')}`.slice(0, 40),
            }))}
            onChange={(v) => v !== null && onChange({ ...mapping, headerRow: Number(v) })}
          />
          {hourlyFields.map((def) => (
            <Select
              key={def.key}
              size="xs"
              label={def.label[lang]}
              value={mapping.columns[def.key] == null ? '' : String(mapping.columns[def.key])}
              allowDeselect={false}
              data={[
                { value: '', label: m.notInFile },
                ...headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })),
              ]}
              onChange={(v) =>
                onChange({
                  ...mapping,
                  columns: { ...mapping.columns, [def.key]: v === '' || v === null ? null : Number(v) },
                })
              }
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
