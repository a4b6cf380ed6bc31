import type { ReactNode } from 'react';
import type { ImportProblem } from '../../../../shared/xlsx';
import { useMessages } from '../../i18n';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ioMessages } from './messages';
import { SectionCard } from '../../components/SectionCard';

/** The problems panel of an import review: its count, an optional summary line, then the table. */
export function ProblemsPanel({ problems, children }: { problems: ImportProblem[]; children?: ReactNode }) {
  const m = useMessages(ioMessages);
  return (
    <SectionCard look="panel" title={m.problems(problems.length)}>
      {children}
      <ImportProblemsTable problems={problems} />
    </SectionCard>
  );
}
