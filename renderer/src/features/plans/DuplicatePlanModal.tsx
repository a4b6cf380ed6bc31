import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { diffDays } from '../../../../shared/domain';
import { duplicatePlan } from '../../../../shared/planning/duplicate';
import { ModalActions } from '../../components/ModalActions';
import { useSubmit } from '../../components/useSubmit';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useAppMessages } from '../../i18n';
import { useLibraryStore, type PlanSummary } from '../../state/libraryStore';
import { readStoredPlan } from '../../state/storedPlans';

/** Last year's plan reused: every date moves with the new peak day. */
export function DuplicatePlanModal({ summary, onClose }: { summary: PlanSummary | null; onClose(): void }) {
  const m = useAppMessages();
  const addDocument = useLibraryStore((s) => s.addDocument);
  const navigate = useNavigate();
  const [peak, setPeak] = useState<string | null>(null);
  const [name, setName] = useState('');
  const { error, setError, submit } = useSubmit();

  useEffect(() => {
    if (!summary) return;
    setPeak(null);
    setName(`${summary.plan.name}${m.duplicate.copySuffix}`);
    setError(null);
  }, [summary, m.duplicate.copySuffix, setError]);

  async function run() {
    if (!summary || !peak) return;
    await submit(async () => {
      const doc = await readStoredPlan(summary.plan.id);
      if (!doc) throw new Error(m.errors.planNotFound);
      const copy = duplicatePlan(doc, { newPeakDate: peak, name, now: new Date() });
      const id = await addDocument(copy);
      onClose();
      navigate(`/plans/${id}/overview`);
    });
  }

  return (
    <Modal opened={summary !== null} onClose={onClose} title={m.duplicate.title}>
      <Stack>
        <Text size="sm" c="dimmed">
          {m.duplicate.body}
        </Text>
        <IsoDateInput
          label={m.duplicate.newPeak}
          value={peak}
          onChange={setPeak}
          required
          data-testid="duplicate-peak"
        />
        {summary && peak && (
          <Text size="sm">{m.duplicate.shiftBy(diffDays(summary.plan.peakDate, peak))}</Text>
        )}
        <TextInput
          label={m.duplicate.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <ModalActions
          error={error}
          onCancel={onClose}
          onConfirm={() => void run()}
          disabled={!peak || name.trim() === ''}
          testId="duplicate-confirm"
        />
      </Stack>
    </Modal>
  );
}
