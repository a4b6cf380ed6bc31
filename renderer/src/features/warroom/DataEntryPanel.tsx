import { Alert, Button, Group, Text, TextInput, Textarea } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { FileDropOverlay } from '../../components/FileDropOverlay';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { problemWhere, type ImportProblem } from '../../../../shared/xlsx/problems';
import { mergeHourly } from '../../../../shared/warroom/merge';
import { PASTE_SHEET, pasteToWorkbook } from '../../../../shared/warroom/paste';
import { parseQuickEntry } from '../../../../shared/warroom/quickEntry';
import type { HourlyRow } from '../../../../shared/warroom/importHourly';
import type { Channel } from '../../../../shared/domain';
import { useLanguage, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { currentPlanDoc, usePlanStore } from '../../state/planStore';
import { useUnsentText } from '../../state/unsentText';
import { useMoney } from '../budget/useMoney';
import { HourlyMappingModal } from './HourlyMappingModal';
import { warroomImportMessages } from './importMessages';
import { warroomMessages } from './messages';
import { useWarRoomFiles } from './useWarRoomFiles';
import { enterHourlyEdit } from './warroomEdits';

/**
 * Files (picked or dropped) and pastes go through the one mapping screen; a quick entry is one
 * line and is written at once. All go through the same importer and the same merge.
 */
export const DataEntryPanel = memo(function DataEntryPanel({ day }: { day: string }) {
  const m = useMessages(warroomMessages);
  const lang = useLanguage();
  const mi = useMessages(warroomImportMessages);
  const files = useWarRoomFiles(lang, mi.notWorkbook);
  const f = useMoney();
  const show = (metric: string, v: number) => (metric.endsWith('Minor') ? f.money(v) : f.number(v, 0));
  // What is typed or pasted and not yet written stays over a change of screen or a reload.
  // Only the plan's id: the panel must not draw again at every hourly update.
  const planId = usePlanStore((s) => s.planId) ?? '';
  const [paste, setPaste, clearPaste] = useUnsentText(`${planId}:warroom:paste`);
  const [quick, setQuick, clearQuick] = useUnsentText(`${planId}:warroom:quick`);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [report, setReport] = useState<string[]>([]);

  const apply = (rows: HourlyRow[], newChannels: Channel[], source: string, found: ImportProblem[]) => {
    setProblems(found);
    // A paste or entry with an error writes nothing (nothing half-written).
    if (found.some((p) => p.severity === 'error') || rows.length === 0) {
      setReport([]);
      return false;
    }
    const importedAt = new Date().toISOString();
    // The plan as it is when the entry is written: the panel draws none of it, so it does not
    // subscribe to it (an hour imported would draw the panel again).
    const doc = currentPlanDoc();
    const merge = mergeHourly(doc.hourly, rows, { planId: doc.plan.id, source, importedAt });
    runEdit(enterHourlyEdit, { rows, newChannels, source, importedAt });
    setReport([
      m.imported(merge.added, merge.replaced),
      ...merge.changes.map((c) =>
        m.change(c.hour.replace('T', ' '), show(c.metric, c.before), show(c.metric, c.after)),
      ),
    ]);
    return true;
  };

  const onPaste = () => {
    const wb = pasteToWorkbook(paste);
    setReport([]);
    if (!wb.value) return void setProblems(wb.problems);
    setProblems([]);
    files.setSource({ name: PASTE_SHEET, isPaste: true, workbook: wb.value, readProblems: wb.problems });
  };
  const onQuick = () => {
    const q = parseQuickEntry(quick, day, currentPlanDoc().plan.currency);
    if (apply(q.value ? [q.value] : [], [], 'quick', q.problems)) clearQuick();
  };

  return (
    <>
      <SectionCardWithAction
        title={m.data}
        action={
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFileImport size={14} />}
            title={mi.importFileHint}
            onClick={() => void files.pick()}
            data-testid="warroom-import-file"
          >
            {mi.importFile}
          </Button>
        }
      >
        {files.error && (
          <Alert color="red" data-testid="warroom-file-error">
            {files.error}
          </Alert>
        )}
        <Textarea
          label={m.pasteLabel}
          placeholder={m.pastePlaceholder}
          autosize
          minRows={3}
          value={paste}
          onChange={(e) => setPaste(e.currentTarget.value)}
          data-testid="warroom-paste"
        />
        <Group justify="flex-end">
          <Button size="xs" onClick={onPaste} disabled={paste.trim() === ''}>
            {m.apply}
          </Button>
        </Group>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={m.quickLabel}
            placeholder={m.quickPlaceholder}
            value={quick}
            onChange={(e) => setQuick(e.currentTarget.value)}
            data-testid="warroom-quick"
          />
          <Button size="xs" onClick={onQuick} disabled={quick.trim() === ''}>
            {m.apply}
          </Button>
        </Group>
        {problems.length > 0 && (
          <Alert
            color={problems.some((p) => p.severity === 'error') ? 'red' : 'yellow'}
            data-testid="warroom-problems"
          >
            {problems.map((p, i) => (
              <Text key={i} size="sm">
                {[problemWhere(p, lang), p.message[lang]].filter(Boolean).join(' — ')}
              </Text>
            ))}
          </Alert>
        )}
        {report.map((line, i) => (
          <Text key={i} size="sm" c="dimmed" data-testid="warroom-report">
            {line}
          </Text>
        ))}
      </SectionCardWithAction>
      {files.source && (
        <HourlyMappingModal
          source={files.source}
          day={day}
          onClose={() => files.setSource(null)}
          onApplied={(lines) => {
            if (files.source?.isPaste) clearPaste();
            files.setSource(null);
            setReport(lines);
          }}
        />
      )}
      {files.isDragging && (
        <FileDropOverlay
          icon={<IconFileImport size={56} color="white" />}
          title={mi.dropHere}
          hint={mi.dropHint}
          testId="warroom-drop-overlay"
        />
      )}
    </>
  );
});
