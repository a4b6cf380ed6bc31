import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { yearBudgetOf } from '../../../../shared/domain';
import { computeYearRollup, type YearRollup } from '../../../../shared/figures';
import { SaveStatus } from '../../app/SaveStatus';
import { useAppMessages, useLanguage, useMessages } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';
import { useWorkspace } from '../../state/workspaceStore';
import { useYearPlansStore } from '../../state/yearPlansStore';
import { WorkspaceUndoButtons } from '../people/WorkspaceUndoButtons';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useWorkspaceUndoKeys } from '../plan/usePlanUndoKeys';
import { CapEditor } from './CapEditor';
import { exportYear } from './exportYear';
import { messages } from './messages';
import { RollupBody, type View } from './RollupBody';
import { useYearMoney } from './useYearMoney';

/** The annual budget (docs/year-budget.md): the year's cap and its plans rolled up. */
export function YearBudgetScreen() {
  const m = useMessages(messages);
  const { common } = useAppMessages();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const workspace = useWorkspace();
  const library = useLibraryStore((s) => s.plans);
  const { docs, isLoading, year: loadedYear, load } = useYearPlansStore();
  const [view, setView] = useState<View>('campaigns');
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  useWorkspaceUndoKeys();

  useEffect(() => void useLibraryStore.getState().refresh(), []);
  useEffect(() => {
    void load(year);
  }, [load, year]);

  const budget = workspace ? yearBudgetOf(workspace, year) : null;
  const currency = budget?.currency ?? 'CNY';
  const rollup = useMemo<YearRollup | null>(
    () => (loadedYear === year ? computeYearRollup(docs, year, budget) : null),
    [docs, loadedYear, year, budget],
  );
  const years = useMemo(() => {
    const set = new Set<number>([year, new Date().getFullYear()]);
    for (const p of library) if (p.plan.deletedAt === null) set.add(Number(p.plan.peakDate.slice(0, 4)));
    for (const y of workspace?.yearBudgets ?? []) set.add(y.year);
    return [...set].sort((a, b) => b - a).map(String);
  }, [library, workspace, year]);
  const f = useYearMoney(currency);

  async function doExport() {
    if (!rollup) return;
    const result = await exportYear(rollup, language, m.fileLabel);
    if (result.kind === 'saved') setNotice({ color: 'teal', text: common.exported(result.name) });
    else if (result.kind === 'failed') setNotice({ color: 'red', text: common.exportFailed(result.message) });
  }

  const actions = (
    <>
      <SaveStatus />
      <WorkspaceUndoButtons />
      <Button
        size="sm"
        variant="light"
        leftSection={<IconFileSpreadsheet size={16} />}
        disabled={!rollup}
        onClick={() => void doExport()}
        data-testid="year-export"
      >
        {m.exportWorkbook}
      </Button>
    </>
  );

  return (
    <ScreenFrame title={m.title} intro={m.intro} actions={actions}>
      <Group align="flex-end" gap="md" wrap="nowrap">
        <Select
          label={m.year}
          w={110}
          data={years}
          value={String(year)}
          allowDeselect={false}
          data-testid="year-select"
          onChange={(v) => v && setParams({ year: v })}
        />
        {workspace && <CapEditor year={year} budget={budget} currency={currency} />}
      </Group>
      {notice && (
        <Alert color={notice.color} withCloseButton onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      {!rollup || isLoading ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{m.loading}</Text>
        </Group>
      ) : (
        <RollupBody rollup={rollup} f={f} view={view} setView={setView} />
      )}
    </ScreenFrame>
  );
}
