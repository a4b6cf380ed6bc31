import { Table, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { problemWhere, type ImportProblem } from '../../../../shared/xlsx/problems';
import { useLanguage } from '../../i18n';

/**
 * One problem of an import as a table row: how bad it is (as the table shows it, a badge or a
 * coloured word), where it is (file › sheet › cell (header)) and why, in the open language.
 */
export function ImportProblemRow({
  problem,
  severity,
  severityColor,
}: {
  problem: ImportProblem;
  severity: ReactNode;
  severityColor?: MantineColor;
}) {
  const lang = useLanguage();
  return (
    <Table.Tr>
      <Table.Td c={severityColor}>{severity}</Table.Td>
      <Table.Td>{problemWhere(problem, lang)}</Table.Td>
      <Table.Td>{problem.message[lang]}</Table.Td>
    </Table.Tr>
  );
}
