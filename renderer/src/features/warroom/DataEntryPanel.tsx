import { Alert, Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { problemWhere, type ImportProblem } from '../../../../shared/xlsx/problems';
import { importHourlyWorkbook } from '../../../../shared/warroom/importFile';
import { applyHourlyImport, mergeHourly } from '../../../../shared/warroom/merge';
import { pasteToWorkbook } from '../../../../shared/warroom/paste';
import { parseQuickEntry } from '../../../../shared/warroom/quickEntry';
import type { HourlyRow } from '../../../../shared/warroom/importHourly';
import type { Channel } from '../../../../shared/domain';
import { useLanguage, useMessages } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { warroomMessages } from './messages';

/** Paste and quick entry: both go through the same importer and the same merge as files. */
export function DataEntryPanel({ day }: { day: string }) {
  const doc = usePlanDoc();
  const commit = useCommit();
  const m = useMessages(warroomMessages);
  const lang = useLanguage();
  const f = useMoney();
  const show = (metric: string, v: number) => (metric.endsWith('Minor') ? f.money(v) : f.number(v, 0));
  const [paste, setPaste] = useState('');
  const [quick, setQuick] = useState('');
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
    const merge = mergeHourly(doc.hourly, rows, { planId: doc.plan.id, source, importedAt });
    commit(m.importLabel, (d) => applyHourlyImport(d, rows, newChannels, { source, importedAt }));
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
    if (!wb.value) return void setProblems(wb.problems);
    const r = importHourlyWorkbook(wb.value, {
      planId: doc.plan.id,
      currency: doc.plan.currency,
      channels: doc.channels,
      products: doc.products.map((p) => ({ sku: p.sku, name: p.name })),
      defaultDate: day,
      snapshotHour: null,
      fileName: 'paste',
      mode: 'auto',
    });
    if (apply(r.value?.rows ?? [], r.value?.newChannels ?? [], 'paste', [...wb.problems, ...r.problems]))
      setPaste('');
  };
  const onQuick = () => {
    const q = parseQuickEntry(quick, day, doc.plan.currency);
    if (apply(q.value ? [q.value] : [], [], 'quick', q.problems)) setQuick('');
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {m.data}
        </Title>
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
      </Stack>
    </Card>
  );
}
