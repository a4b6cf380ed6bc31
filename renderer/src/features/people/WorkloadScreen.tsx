import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { computeWorkload } from '../../../../shared/people/workload';
import { EmptyState } from '../../components/EmptyState';
import { FilterSelect } from '../../components/FilterSelect';
import { ScreenFrame } from '../../components/ScreenFrame';
import { listIn, useLocale, useMessages } from '../../i18n';
import { useLibraryDocs } from '../../state/libraryDocuments';
import { useSettingsStore } from '../../state/settingsStore';
import { useTeam } from '../../state/workspaceStore';
import { MatchOwnersButton } from './MatchOwnersButton';
import { peopleMessages } from './messages';
import { WorkloadExportButton } from './WorkloadExportButton';
import { WorkloadGrid } from './WorkloadGrid';

/** Workload (工作量): weeks × people across every plan, overloads marked (docs/people.md). */
export function WorkloadScreen() {
  const t = useMessages(peopleMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const { docs, error } = useLibraryDocs();
  const people = useTeam();
  const taskLimit = useSettingsStore((s) => s.taskLimit);
  const [department, setDepartment] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);

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
  const filters: {
    key: 'department' | 'plan';
    w: number;
    value: string | null;
    set(v: string | null): void;
  }[] = [
    { key: 'department', w: 150, value: department, set: setDepartment },
    { key: 'plan', w: 180, value: planId, set: setPlanId },
  ];

  return (
    <ScreenFrame
      title={t.workloadTitle}
      intro={t.workloadIntro}
      actions={
        <>
          {filters.map((f) => (
            <FilterSelect
              key={f.key}
              w={f.w}
              texts={t.filters[f.key]}
              // Many plans: the plan filter takes typing.
              searchable={f.key === 'plan'}
              value={f.value}
              onChange={f.set}
              data={f.key === 'plan' ? planList : departments}
              testId={`workload-${f.key}`}
            />
          ))}
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
              <MatchOwnersButton testId="workload-match-owners" />
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
