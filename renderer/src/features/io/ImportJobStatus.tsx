import { Alert, Button, Paper, Progress, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SheetPick } from '../../../../shared/xlsx';
import { useLanguage, useMessages } from '../../i18n';
import { ioMessages } from './messages';
import { PARSE_TIME_LIMIT_MS, type ImportJob } from './useImportJob';

// Problems that mean "the headers are in the planner's own words": offer mapping by hand.
const noHeaderCodes = new Set(['noHeaderRow', 'noActualsHeaderRow']);

/**
 * What an import is doing, the one way every import screen shows it: reading with the seconds
 * elapsed and Cancel, cancelled, stopped at the time limit, or refused with its problems — and,
 * when only the headers were not recognised, "map the columns by hand".
 */
export function ImportJobStatus({
  job,
  cancel,
  pickSheet,
}: {
  job: ImportJob;
  cancel(): void;
  pickSheet(pick: SheetPick): void;
}) {
  const m = useMessages(ioMessages);
  const lang = useLanguage();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (job.state !== 'running') return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [job.state]);

  if (job.state === 'running')
    return (
      <Paper withBorder p="md" data-testid="import-progress">
        <Text size="sm" mb="xs">
          {m.reading(job.fileName)} {m.elapsed(Math.max(0, Math.floor((now - job.startedAt) / 1000)))}
        </Text>
        <Progress value={job.stage === 'reading' ? 45 : 85} animated striped mb="sm" />
        <Button variant="default" onClick={cancel}>
          {m.cancel}
        </Button>
      </Paper>
    );
  if (job.state === 'cancelled') return <Alert color="gray">{m.cancelled}</Alert>;
  if (job.state === 'timedOut')
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-timed-out">
        {m.timedOut(job.fileName, PARSE_TIME_LIMIT_MS / 1000)}
      </Alert>
    );
  if (job.state !== 'done' || job.result.value) return null;
  const headerProblem = job.result.problems.find((p) => noHeaderCodes.has(p.code));
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={m.failed} data-testid="import-failed">
      {job.result.problems.map((p, i) => (
        <Text key={i} size="sm">
          {p.message[lang]}
        </Text>
      ))}
      {job.sheets.length > 0 && headerProblem && (
        <Button
          mt="sm"
          size="xs"
          variant="white"
          color="red"
          onClick={() => pickSheet({ sheet: headerProblem.sheet ?? job.sheets[0]! })}
        >
          {m.mapByHand}
        </Button>
      )}
    </Alert>
  );
}
