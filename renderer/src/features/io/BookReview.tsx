import { Alert, Badge, Button, Group, ScrollArea, Select, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { PlanDocument } from '../../../../shared/domain';
import {
  bookReady,
  columnLetter,
  fieldsByKind,
  hasErrors,
  previewBook,
  previewMerge,
  type BookImport,
  type BookKind,
  type ImportProblem,
  type SheetChoice,
} from '../../../../shared/xlsx';
import { useLanguage, useMessages } from '../../i18n';
import { usePushSuccessors } from '../../state/settingsStore';
import { bookMessages } from './bookMessages';
import { FootnoteList } from './FootnoteList';
import { ProblemsPanel } from './ProblemsPanel';
import { ioMessages } from './messages';
import type { ImportTarget } from './ImportReview';
import { SectionCard } from '../../components/SectionCard';

const KINDS = ['schedule', 'budget', 'products', 'goals', 'skip'] as const;

/**
 * A workbook of several planning sheets: what each sheet is read as (changeable, or skipped),
 * one preview of what every sheet creates and updates, the notes under the tables and every
 * problem, and one button that imports all of it in one step — or nothing, while any sheet has
 * an error.
 */
export function BookReview({
  fileName,
  book,
  problems,
  target,
  current,
  onChoose,
  onConfirm,
  onDiscard,
}: {
  fileName: string;
  book: BookImport;
  problems: ImportProblem[];
  target: ImportTarget;
  current: PlanDocument | null;
  onChoose(choices: SheetChoice[]): void;
  onConfirm(): void;
  onDiscard(): void;
}) {
  const b = useMessages(bookMessages);
  const m = useMessages(ioMessages);
  const lang = useLanguage();
  const pushSuccessors = usePushSuccessors();
  const merging = target === 'merge' && current !== null;
  const rows = useMemo(() => previewBook(book, merging ? current : null), [book, merging, current]);
  const bySheet = new Map(rows.map((r) => [r.sheet, r]));
  const created = rows.reduce((sum, r) => sum + r.create, 0);
  const updated = rows.reduce((sum, r) => sum + r.update, 0);
  // The notes a merge adds are those the open plan does not hold yet (each once).
  const notes = useMemo(
    () =>
      merging && current
        ? previewMerge(
            current,
            book.document,
            { pushSuccessors },
            book.footnotes.map((f) => f.text),
          ).notes
        : [...new Set(book.footnotes.map((f) => f.text.trim()))],
    [merging, current, book, pushSuccessors],
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const ready = bookReady(book, problems) && created + updated > 0;
  const choices: SheetChoice[] = book.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind }));
  // The importer's suggestion is marked in the list only, so the chosen kind is never cut short.
  const optionLabel = (kind: string, suggested: BookKind | null): string =>
    kind === suggested ? `${b.kinds[kind as BookKind]} · ${b.suggested}` : b.kinds[kind as BookKind | 'skip'];

  return (
    <>
      <SectionCard look="panel" title={b.title(fileName)} hint={b.hint} testId="book-mapping">
        <ScrollArea>
          <Table fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{b.sheet}</Table.Th>
                <Table.Th w={220}>{b.readAs}</Table.Th>
                <Table.Th>{b.columns}</Table.Th>
                <Table.Th ta="right">{b.rows}</Table.Th>
                <Table.Th ta="right">{b.create}</Table.Th>
                <Table.Th ta="right">{b.update}</Table.Th>
                <Table.Th ta="right">{b.problems}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {book.sheets.map((s) => {
                const preview = bySheet.get(s.sheet);
                const sheetErrors = s.problems.filter((p) => p.severity === 'error').length;
                const found =
                  s.mapping && s.kind !== 'skip'
                    ? fieldsByKind[s.kind]
                        .filter((f) => typeof s.mapping!.columns[f.key] === 'number')
                        .map((f) => `${f.label[lang]} ${columnLetter(s.mapping!.columns[f.key] as number)}`)
                        .join(' · ')
                    : s.suggested === null
                      ? b.noHeader
                      : '';
                return (
                  <Table.Tr key={s.sheet} data-testid="book-sheet" data-sheet={s.sheet}>
                    <Table.Td fw={600}>{s.sheet}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={b.kindOf(s.sheet)}
                        data={KINDS.map((k) => ({ value: k, label: b.kinds[k] }))}
                        renderOption={({ option }) => optionLabel(option.value, s.suggested)}
                        value={s.kind}
                        allowDeselect={false}
                        onChange={(v) =>
                          v &&
                          v !== s.kind &&
                          onChoose(
                            choices.map((c) =>
                              c.sheet === s.sheet ? { ...c, kind: v as SheetChoice['kind'] } : c,
                            ),
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {found}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{s.kind === 'skip' ? '—' : s.rowCount}</Table.Td>
                    <Table.Td ta="right" data-testid="book-create">
                      {preview ? preview.create : '—'}
                    </Table.Td>
                    <Table.Td ta="right">{preview ? preview.update : '—'}</Table.Td>
                    <Table.Td ta="right">
                      {s.problems.length === 0 ? (
                        '0'
                      ) : (
                        <Badge color={sheetErrors > 0 ? 'red' : 'yellow'} variant="light">
                          {s.problems.length}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        <Text size="sm" mt="xs" data-testid="book-total">
          {b.total(created, updated)}
        </Text>
      </SectionCard>

      {notes.length > 0 && (
        <FootnoteList
          title={merging ? m.notesToAdd(notes.length) : m.footnotesTitle(notes.length)}
          footnotes={book.footnotes.filter((f) => notes.includes(f.text.trim()))}
        />
      )}

      <ProblemsPanel problems={problems} />

      {hasErrors(problems) && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="book-blocked">
          {b.blocked(errors)}
        </Alert>
      )}
      {!hasErrors(problems) && created + updated === 0 && <Alert color="yellow">{b.nothing}</Alert>}
      <Group>
        <Button onClick={onConfirm} disabled={!ready}>
          {merging ? b.confirmMerge(created + updated) : b.confirmNew(book.document.plan.name, created)}
        </Button>
        <Button variant="default" onClick={onDiscard}>
          {m.discard}
        </Button>
      </Group>
    </>
  );
}
