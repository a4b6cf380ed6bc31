import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Workload } from '../../../../shared/people/workload';
import { exportWorkloadWorkbook } from '../../../../shared/xlsx';
import { useAppMessages, useLanguage, useMessages } from '../../i18n';
import { saveWorkbook } from '../../platform';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { peopleMessages } from './messages';

interface Props {
  /** The workload on screen (null while loading; no weeks = nothing to export). */
  workload: Workload | null;
  plans: readonly { id: string; name: string }[];
  defaultLimit: number;
  planName: string | null;
  department: string | null;
}

/** Exports what the workload grid shows, filters included, for a staffing meeting (docs/people.md). */
export function WorkloadExportButton({ workload, plans, defaultLimit, planName, department }: Props) {
  const t = useMessages(peopleMessages);
  const { common } = useAppMessages();
  const language = useLanguage();
  const ready = workload !== null && workload.weeks.length > 0;

  const actions = useMemo<AppAction[]>(() => {
    const run = async () => {
      if (!workload || workload.weeks.length === 0) return;
      const span = `${workload.weeks[0]}–${workload.weeks[workload.weeks.length - 1]}`;
      const result = await saveWorkbook(`${t.fileLabel} ${span}.xlsx`, () =>
        exportWorkloadWorkbook(workload, {
          language,
          exportedAt: new Date().toISOString(),
          defaultLimit,
          plans,
          planName,
          department,
        }),
      );
      if (result.kind === 'saved')
        notifications.show({ color: 'teal', message: common.exported(result.name) });
      else if (result.kind === 'failed')
        notifications.show({ color: 'red', message: common.exportFailed(result.message) });
    };
    return [
      {
        id: 'workload.export',
        label: { zh: peopleMessages['zh-CN'].exportWorkload, en: peopleMessages['en-US'].exportWorkload },
        keywords: ['工作量', 'workload', 'Excel', 'xlsx', '排班', 'staffing'],
        scope: 'screen',
        isEnabled: () => workload !== null && workload.weeks.length > 0,
        perform: () => void run(),
      },
    ];
  }, [workload, plans, defaultLimit, planName, department, language, t, common]);
  useRegisterActions('workload', actions);

  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      disabled={!ready}
      onClick={() => actions[0]?.perform()}
      data-testid="workload-export"
    >
      {t.exportWorkload}
    </Button>
  );
}
