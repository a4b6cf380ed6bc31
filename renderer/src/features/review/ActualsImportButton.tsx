import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso, type PlanDocument } from '../../../../shared/domain';
import type { Period } from '../../../../shared/review/actualsTotals';
import {
  fieldsByKind,
  importRead,
  MAX_FILE_BYTES,
  type ImportResult,
  type WorkbookGrid,
  type SheetMapping,
  type WorkbookImport,
} from '../../../../shared/xlsx';
import { useLanguage, useMessages } from '../../i18n';
import { openFile } from '../../platform';
import { runEdit } from '../../state/editActions';
import { importActualsEdit } from './reviewEdits';
import { messages } from './messages';
import { takeBackup } from '../../state/backupStore';
import { readWorkbookOffThread } from '../io/readWorkbookOffThread';
import { describeOpenError } from '../io/workbookFiles';

/**
 * Imports a shop back office's daily export into the period shown (campaign or baseline) with the
 * shared importer: its column guess can be corrected here, its problems are listed by sheet, row
 * and column, and nothing is imported while any row has an error (all or nothing). The file is
 * unpacked and read once, in a worker (a large or hostile file does not hold the window); a daily
 * export is a few hundred rows, so its columns are mapped right here as the planner changes them.
 */
export function ActualsImportButton({ doc, period }: { doc: PlanDocument; period: Period }) {
  const m = useMessages(messages);
  const lang = useLanguage();
  const [result, setResult] = useState<ImportResult<WorkbookImport> | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The file read once (in a worker), kept while the planner corrects the columns.
  const [file, setFile] = useState<{ name: string; read: ImportResult<WorkbookGrid> } | null>(null);
  const run = (wb: ImportResult<WorkbookGrid>, fileName: string, mapping: SheetMapping | null) =>
    setResult(
      importRead(wb, {
        kind: 'actuals',
        mapping,
        context: { fileName, plan: doc, period, today: todayIso() },
      }),
    );

  const choose = async () => {
    setError(null);
    try {
      const picked = await openFile(
        [{ name: 'Excel / CSV', extensions: ['xlsx', 'xls', 'csv'] }],
        MAX_FILE_BYTES,
      );
      if (!picked) return;
      const read = await readWorkbookOffThread(picked.data, picked.name);
      setFile({ name: picked.name, read });
      run(read, picked.name, null);
    } catch (e) {
      setError(describeOpenError(e, lang));
    }
  };
  const close = () => {
    setFile(null);
    setResult(null);
  };

  const value = result?.value ?? null;
  const errors = (result?.problems ?? []).filter((p) => p.severity === 'error');
  const mapping = value?.mapping ?? null;
  const headers = value?.preview?.headers ?? [];
  const rows = value?.actuals?.rows ?? [];
  const canImport = value !== null && value.kind === 'actuals' && errors.length === 0 && rows.length > 0;

  const confirm = async () => {
    const actuals = value?.actuals;
    if (!actuals) return;
    await takeBackup('import');
    runEdit(importActualsEdit, actuals);
    close();
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconFileImport size={14} />}
        onClick={() => void choose()}
        data-testid="import-actuals"
      >
        {m.importActuals}
      </Button>
      {error && (
        <Text size="xs" c="red.8">
          {error}
        </Text>
      )}
      <Modal
        opened={file !== null && result !== null}
        onClose={close}
        size="xl"
        title={`${m.importActuals} · ${m.periods[period]} · ${file?.name ?? ''}`}
      >
        <Stack gap="sm" data-testid="import-actuals-dialog">
          {mapping && (
            <>
              <Text size="sm" fw={600}>
                {m.importMapping(mapping.sheet)}
              </Text>
              <SimpleGrid cols={4} spacing="xs">
                {fieldsByKind.actuals.map((def) => (
                  <Select
                    key={def.key}
                    size="xs"
                    label={def.label[lang]}
                    value={mapping.columns[def.key] == null ? '' : String(mapping.columns[def.key])}
                    data={[
                      { value: '', label: m.importNotInFile },
                      ...headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })),
                    ]}
                    allowDeselect={false}
                    onChange={(v) =>
                      file &&
                      run(file.read, file.name, {
                        ...mapping,
                        columns: { ...mapping.columns, [def.key]: v === '' || v === null ? null : Number(v) },
                      })
                    }
                  />
                ))}
              </SimpleGrid>
            </>
          )}
          {result && result.problems.length > 0 && (
            <Table withTableBorder fz="xs" data-testid="import-actuals-problems">
              <Table.Tbody>
                {result.problems.slice(0, 50).map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td c={p.severity === 'error' ? 'red.8' : 'orange.8'}>
                      {p.severity === 'error' ? m.importError : m.importWarning}
                    </Table.Td>
                    <Table.Td>
                      {[p.sheet, p.row !== null ? m.importRow(p.row) : null, p.column]
                        .filter(Boolean)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td>{p.message[lang]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {errors.length > 0 && <Alert color="red">{m.importAllOrNothing(errors.length)}</Alert>}
          {canImport && (
            <Text size="sm">{m.importReady(rows.length, value?.actuals?.newChannels.length ?? 0)}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.importCancel}
            </Button>
            <Button disabled={!canImport} onClick={() => void confirm()} data-testid="import-actuals-confirm">
              {m.importConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
