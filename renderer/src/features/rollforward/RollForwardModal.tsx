import { Alert, Group, Loader, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isValidIsoDate, type PlanDocument, type PlanId } from '../../../../shared/domain';
import {
  defaultLessonCarry,
  nextPeakDate,
  previewRollForward,
  rolledName,
  rollForward,
  type LessonCarry,
} from '../../../../shared/planning/rollForward';
import { ModalActions } from '../../components/ModalActions';
import { useSubmit } from '../../components/useSubmit';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useAppMessages, useMessages } from '../../i18n';
import { useLibraryStore } from '../../state/libraryStore';
import { readStoredPlan } from '../../state/storedPlans';
import { GoalBaselinesTable } from './GoalBaselinesTable';
import { HolidayMovesTable } from './HolidayMovesTable';
import { LessonCarryTable } from './LessonCarryTable';
import { rollForwardMessages } from './messages';
import { RollSection } from './RollSection';

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * "滚动到明年 / Roll forward" (issue 14.6, docs/roll-forward.md): a new plan for next year's peak
 * from a stored plan, after the planner has seen which tasks move off holidays, which goals take
 * last year's actuals as baselines and how lessons carry in. The source plan is only read.
 */
export function RollForwardModal({ planId, onClose }: { planId: PlanId | null; onClose(): void }) {
  const m = useAppMessages();
  const r = useMessages(rollForwardMessages);
  const addDocument = useLibraryStore((s) => s.addDocument);
  const navigate = useNavigate();
  const [doc, setDoc] = useState<PlanDocument | null>(null);
  const [peak, setPeak] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [moveChoice, setMoveChoice] = useState<Record<string, boolean>>({});
  const [goalChoice, setGoalChoice] = useState<Record<string, boolean>>({});
  const [carry, setCarry] = useState<Record<string, LessonCarry>>({});
  const [scale, setScale] = useState<number>(0);
  const { busy: isCreating, error, setError, submit } = useSubmit();

  useEffect(() => {
    setDoc(null);
    setError(null);
    if (planId === null) return;
    let isCancelled = false;
    void readStoredPlan(planId)
      .then((loaded) => {
        if (isCancelled) return;
        if (!loaded) throw new Error(m.errors.planNotFound);
        const next = nextPeakDate(loaded.plan);
        setDoc(loaded);
        setPeak(next);
        setName(rolledName(loaded.plan.name, yearOf(loaded.plan.peakDate), yearOf(next)));
        setMoveChoice({});
        setGoalChoice({});
        setCarry(Object.fromEntries(loaded.lessons.map((l) => [l.id, defaultLessonCarry(l)])));
        setScale(0);
      })
      .catch((e: unknown) => {
        if (!isCancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      isCancelled = true;
    };
  }, [planId, m.errors.planNotFound, setError]);

  const preview = useMemo(
    () => (doc && peak && isValidIsoDate(peak) ? previewRollForward(doc, peak) : null),
    [doc, peak],
  );
  const movesByDefault = doc?.plan.worksThroughHolidays !== true;
  const isMoved = (taskId: string) => moveChoice[taskId] ?? movesByDefault;
  const isGoalChosen = (goalId: string) => goalChoice[goalId] ?? true;

  async function create() {
    if (!doc || !peak || !preview) return;
    await submit(async () => {
      const next = rollForward(doc, {
        newPeakDate: peak,
        name,
        now: new Date(),
        keepOnHoliday: preview.holidayMoves.filter((row) => !isMoved(row.taskId)).map((row) => row.taskId),
        baselineFromActual: preview.goals.filter((g) => isGoalChosen(g.goalId)).map((g) => g.goalId),
        baselinePeriod: r.baselinePeriod(doc.plan.name),
        lessonCarry: carry,
        lessonNote: r.lessonNote(doc.plan.name),
        budgetScalePercent: scale,
      });
      const id = await addDocument(next);
      notifications.show({ message: r.created(next.plan.name) });
      onClose();
      navigate(`/plans/${id}/overview`);
    });
  }

  return (
    <Modal opened={planId !== null} onClose={onClose} title={r.title} size={1040}>
      {!doc ? (
        error ? (
          <Alert color="red">{error}</Alert>
        ) : (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{r.loading}</Text>
          </Group>
        )
      ) : (
        <Stack data-testid="roll-forward">
          <Text size="sm" c="dimmed">
            {r.body}
          </Text>
          <Group grow align="flex-start">
            <IsoDateInput
              label={r.newPeak}
              value={peak}
              onChange={setPeak}
              required
              data-testid="roll-peak"
            />
            <TextInput
              label={r.name}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              data-testid="roll-name"
            />
          </Group>
          {preview && <Text size="sm">{r.shiftBy(preview.offsetDays)}</Text>}
          {preview && preview.provisionalYears.length > 0 && (
            <Alert color="yellow" data-testid="roll-provisional">
              {r.provisional(preview.provisionalYears.join(', '))}
            </Alert>
          )}
          {preview && (
            <>
              <RollSection
                title={r.holidaysTitle}
                hint={
                  preview.holidayMoves.length === 0
                    ? undefined
                    : movesByDefault
                      ? r.holidaysHint
                      : r.worksThroughHolidays
                }
              >
                <HolidayMovesTable
                  rows={preview.holidayMoves}
                  moved={
                    new Set(
                      preview.holidayMoves.filter((row) => isMoved(row.taskId)).map((row) => row.taskId),
                    )
                  }
                  onToggle={(id, on) => setMoveChoice((c) => ({ ...c, [id]: on }))}
                />
              </RollSection>
              <RollSection title={r.goalsTitle}>
                <GoalBaselinesTable
                  offers={preview.goals}
                  goals={doc.goals}
                  currency={doc.plan.currency}
                  chosen={new Set(preview.goals.filter((g) => isGoalChosen(g.goalId)).map((g) => g.goalId))}
                  onToggle={(id, on) => setGoalChoice((c) => ({ ...c, [id]: on }))}
                />
              </RollSection>
              <RollSection title={r.lessonsTitle}>
                <LessonCarryTable
                  lessons={preview.lessons}
                  carry={carry}
                  onChange={(id, how) => setCarry((c) => ({ ...c, [id]: how }))}
                />
              </RollSection>
              <RollSection title={r.budgetTitle}>
                <Group align="flex-end">
                  <NumberInput
                    label={r.budgetScale}
                    description={r.budgetScaleHint}
                    value={scale}
                    onChange={(v) => setScale(typeof v === 'number' ? v : 0)}
                    min={-100}
                    max={1000}
                    decimalScale={2}
                    w={420}
                    data-testid="roll-scale"
                  />
                  <Text size="sm" c="dimmed">
                    {r.budgetLines(doc.budgetLines.length)}
                  </Text>
                </Group>
              </RollSection>
            </>
          )}
          <ModalActions
            error={error}
            onCancel={onClose}
            confirmLabel={r.create}
            onConfirm={() => void create()}
            disabled={!preview || name.trim() === '' || isCreating}
            loading={isCreating}
            testId="roll-confirm"
          />
        </Stack>
      )}
    </Modal>
  );
}
