import { Alert, Button, Center, Group, Loader, Select, Text } from '@mantine/core';
import { IconArrowsJoin, IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { computeWorkload } from '../../../../shared/people/workload';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { listIn, useLocale, useMessages } from '../../i18n';
import { useLibraryDocuments } from '../../state/libraryDocuments';
import { useSettingsStore } from '../../state/settingsStore';
import { useWorkspaceStore } from '../../state/workspaceStore';
import { peopleMessages } from './messages';
import { WorkloadExportButton } from './WorkloadExportButton';
import { WorkloadGrid } from './WorkloadGrid';

const noPeople: readonly never[] = [];

/** Workload (工作量): weeks × people across every plan, overloads marked (docs/people.md). */
export function WorkloadScreen() {
  const t = useMessages(peopleMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const docs = useLibraryDocuments((s) => s.docs);
  const loadDocs = useLibraryDocuments((s) => s.load);
  const error = useLibraryDocuments((s) => s.error);
  const workspace = useWorkspaceStore((s) => s.workspace);
  const loadWorkspace = useWorkspaceStore((s) => s.load);
  const taskLimit = useSettingsStore((s) => s.taskLimit);
  const [department, setDepartment] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);

  useEffect(() => {
    void loadDocs();
    void loadWorkspace();
  }, [loadDocs, loadWorkspace]);

  const people = workspace?.people ?? noPeople;
  const departments = useMemo(
    () => [...new Set(people.map((p) => p.department).filter((d) => d !== ''))].sort(),
    [people],
  );
  const workload = useMemo(
    () =>
      docs
        ? computeWorkload(docs, people, {
            defaultLimit: taskLimit,
            planIds: planId ? new Set([planId]) : undefined,
            departments: department ? new Set([department]) : undefined,
          })
        : null,
    [docs, people, taskLimit, planId, department],
  );
  const planList = useMemo(() => (docs ?? []).map((d) => ({ value: d.plan.id, label: d.plan.name })), [docs]);
  const exportPlans = useMemo(() => planList.map((p) => ({ id: p.value, name: p.label })), [planList]);
  const overloads = workload ? workload.rows.reduce((n, r) => n + r.overloadedWeeks, 0) : 0;

  return (
    <ScreenFrame
      title={t.workloadTitle}
      intro={t.workloadIntro}
      actions={
        <>
          <Select
            size="xs"
            w={150}
            aria-label={t.filterDepartment}
            placeholder={t.allDepartments}
            clearable
            value={department}
            onChange={setDepartment}
            data={departments}
            data-testid="workload-department"
          />
          <Select
            size="xs"
            w={180}
            aria-label={t.filterPlan}
            placeholder={t.allPlans}
            clearable
            searchable
            value={planId}
            onChange={setPlanId}
            data={planList}
            data-testid="workload-plan"
          />
          <WorkloadExportButton
            workload={workload}
            plans={exportPlans}
            defaultLimit={taskLimit}
            planName={planList.find((p) => p.value === planId)?.label ?? null}
            department={department}
          />
        </>
      }
    >
      {error && <Alert color="red">{error}</Alert>}
      {!workload ? (
        <Center p="xl">
          <Loader aria-label={t.loading} />
        </Center>
      ) : workload.weeks.length === 0 ? (
        <EmptyState
          icon={<IconUsers />}
          body={t.workloadEmpty}
          action={
            // Owners typed in plans count once they are people in the team: matching does that.
            <Group gap="xs" justify="center">
              <Button variant="default" onClick={() => navigate('/team')} data-testid="workload-open-team">
                {t.rosterTitle}
              </Button>
              <Button
                leftSection={<IconArrowsJoin size={16} />}
                onClick={() => navigate('/team/match')}
                data-testid="workload-match-owners"
              >
                {t.matchOwners}
              </Button>
            </Group>
          }
        />
      ) : (
        <>
          <Group gap="md">
            <Text
              size="sm"
              fw={overloads > 0 ? 700 : 400}
              c={overloads > 0 ? 'red.8' : 'dimmed'}
              data-testid="overload-count"
            >
              {t.overloads(overloads)}
            </Text>
            <Text size="sm" c="dimmed">
              {t.defaultLimitIs(taskLimit)}
            </Text>
          </Group>
          <WorkloadGrid workload={workload} />
        </>
      )}
      {workload && workload.unmatched.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="workload-unmatched">
          {t.unmatched(
            listIn(
              locale,
              workload.unmatched.map((u) => u.name),
            ),
          )}
        </Text>
      )}
    </ScreenFrame>
  );
}
