import { Alert, Paper } from '@mantine/core';
import type { Plan, PlanDocument } from '../../../../shared/domain';
import type { BookImport, WorkbookImport } from '../../../../shared/xlsx';
import { useMessages } from '../../i18n';
import { BookReview } from './BookReview';
import { ImportJobStatus } from './ImportJobStatus';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ImportReview, type ImportTarget } from './ImportReview';
import { ioMessages } from './messages';
import { useCopyOfExisting } from './useCopyOfExisting';
import type { useImportJob } from './useImportJob';

/**
 * What a file being read shows under the import controls, the same on the plan's import screen
 * and on "New plan from Excel": its progress, then a workbook's sheet choices, or why it could not
 * be read, or one sheet's mapping and preview — a plan workbook of a plan already in the library
 * shown as the copy it becomes (useCopyOfExisting).
 */
export function ImportResults({
  importJob,
  target,
  current,
  library,
  onConfirmBook,
  onConfirm,
  onDiscard,
}: {
  importJob: ReturnType<typeof useImportJob>;
  target: ImportTarget;
  /** The open plan a merge goes into; null outside a plan. */
  current: PlanDocument | null;
  library: readonly { plan: Pick<Plan, 'id' | 'name'> }[];
  onConfirmBook(book: BookImport): void;
  onConfirm(value: WorkbookImport): void;
  onDiscard(): void;
}) {
  const m = useMessages(ioMessages);
  const { job, remap, pickSheet, chooseKinds, cancel } = importJob;
  const done = job.state === 'done' ? job : null;
  const read = done?.result.value ?? null;
  const { existing, copy, shown } = useCopyOfExisting(read, target === 'new', library, m.copySuffix);
  return (
    <>
      <ImportJobStatus job={job} cancel={cancel} pickSheet={pickSheet} />
      {job.state === 'book' &&
        (job.result.value ? (
          <BookReview
            fileName={job.fileName}
            book={job.result.value}
            problems={job.result.problems}
            target={target}
            current={current}
            onChoose={chooseKinds}
            onConfirm={() => onConfirmBook(job.result.value!)}
            onDiscard={onDiscard}
          />
        ) : (
          <Paper withBorder p="md" data-testid="import-failed">
            <ImportProblemsTable problems={job.result.problems} />
          </Paper>
        ))}
      {done && shown && (
        <>
          {copy && read && (
            <Alert color="blue" data-testid="import-as-copy">
              {m.asCopy(read.document.plan.name)}
            </Alert>
          )}
          <ImportReview
            value={shown}
            problems={done.result.problems}
            sheets={done.sheets}
            target={shown.kind === 'actuals' ? 'merge' : target}
            current={current}
            blocked={existing && !copy ? m.alreadyInLibrary : null}
            onRemap={remap}
            onPick={pickSheet}
            onConfirm={() => onConfirm(shown)}
            onDiscard={onDiscard}
          />
        </>
      )}
    </>
  );
}
