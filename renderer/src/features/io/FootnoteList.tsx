import { Paper, Text, Title } from '@mantine/core';
import type { WorkbookImport } from '../../../../shared/xlsx';
import { useMessages } from '../../i18n';
import { ioMessages } from './messages';

/**
 * The notes written under a sheet's table, each with its sheet and row — the one list the single
 * sheet review and the workbook review both show (its title says how many, or how many a merge adds).
 */
export function FootnoteList({
  title,
  footnotes,
}: {
  title: string;
  footnotes: WorkbookImport['footnotes'];
}) {
  const m = useMessages(ioMessages);
  return (
    <Paper withBorder p="md" data-testid="import-footnotes">
      <Title order={2} size="h5" mb={4}>
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {m.footnotesHint}
      </Text>
      {footnotes.map((f) => (
        <Text key={`${f.sheet}-${f.row}`} size="sm">
          <Text span c="dimmed" size="xs" mr="xs">
            {m.footnoteAt(f.sheet, f.row)}
          </Text>
          {f.text}
        </Text>
      ))}
    </Paper>
  );
}
