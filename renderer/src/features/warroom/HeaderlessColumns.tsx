import { Select, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { cellText, type SheetGrid } from '../../../../shared/xlsx/read/grid';
import { hourlyFields } from '../../../../shared/xlsx/read/fields';
import { columnLetter } from '../../../../shared/xlsx/problems';
import type { SheetMapping } from '../../../../shared/xlsx/read/rows';
import { useLanguage, useMessages } from '../../i18n';
import { warroomImportMessages } from './importMessages';

/** Values shown under each column's choice, so the planner sees what the column holds. */
const SAMPLES = 3;
const IGNORE = '';

/**
 * A sheet whose header row the importer did not recognise (a paste of bare rows): the planner says
 * whether the first row is data or a header, and what each column is (a figure, or ignored). The
 * choices start from what the values suggested (`guessHeaderlessMapping`).
 */
export function HeaderlessColumns({
  grid,
  mapping,
  onChange,
}: {
  grid: SheetGrid;
  mapping: SheetMapping;
  onChange: (mapping: SheetMapping) => void;
}) {
  const m = useMessages(warroomImportMessages);
  const lang = useLanguage();
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const firstData = mapping.headerRow + 1;
  const fieldOf = (c: number) => Object.keys(mapping.columns).find((k) => mapping.columns[k] === c) ?? IGNORE;
  const setColumn = (c: number, field: string) => {
    const columns: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(mapping.columns)) columns[k] = v === c ? null : v;
    if (field !== IGNORE) columns[field] = c;
    onChange({ ...mapping, columns });
  };
  const options = [
    { value: IGNORE, label: m.ignoreColumn },
    ...hourlyFields.map((d) => ({ value: d.key, label: d.label[lang] })),
  ];
  return (
    <Stack gap={6} data-testid="warroom-headerless">
      <Text size="sm">{m.headerlessNote}</Text>
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={mapping.headerRow < 0 ? 'data' : 'header'}
        onChange={(v) => onChange({ ...mapping, headerRow: v === 'data' ? -1 : 0 })}
        data={[
          { value: 'data', label: m.firstRowData },
          { value: 'header', label: m.firstRowHeader },
        ]}
        data-testid="warroom-first-row"
      />
      <SimpleGrid cols={Math.min(Math.max(width, 1), 6)} spacing="xs">
        {Array.from({ length: width }, (_, c) => {
          const samples = grid.rows
            .slice(firstData, firstData + SAMPLES)
            .map((r) => cellText(r[c] ?? null).trim())
            .filter(Boolean);
          return (
            <Select
              key={c}
              size="xs"
              label={m.columnOf(columnLetter(c))}
              description={samples.join(' · ') || m.emptyColumn}
              value={fieldOf(c)}
              allowDeselect={false}
              data={options}
              onChange={(v) => setColumn(c, v ?? IGNORE)}
              data-testid={`warroom-column-${c}`}
            />
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
