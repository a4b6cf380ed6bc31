import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One part of the review report under its heading. It is kept on one printed page unless it may
 * run longer than one (`mayBreak`: the charts, the baselines' tables).
 */
export function ReportBlock({
  title,
  mayBreak = false,
  testId,
  children,
}: {
  title: ReactNode;
  mayBreak?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={mayBreak ? undefined : 'report-block'} data-testid={testId}>
      <Title order={3} size="h4" mb={4}>
        {title}
      </Title>
      {children}
    </div>
  );
}
