import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImportProblem } from '../../../../shared/xlsx';
import { useMessages } from '../../i18n';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ioMessages } from './messages';

/** The problems panel of an import review: its count, an optional summary line, then the table. */
export function ProblemsPanel({ problems, children }: { problems: ImportProblem[]; children?: ReactNode }) {
  const m = useMessages(ioMessages);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        {m.problems(problems.length)}
      </Title>
      {children}
      <ImportProblemsTable problems={problems} />
    </Paper>
  );
}
