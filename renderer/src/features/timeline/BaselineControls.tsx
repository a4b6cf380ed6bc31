import { useState } from 'react';
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { newId, todayIso, type BaselineId, type PlanDocument } from '../../../../shared/domain';
import { LazySelect } from '../../components/LazySelect';
import { useFirstUse } from '../../components/useFirstUse';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { saveBaselineEdit } from '../tasks/taskEdits';
import { timelineMessages } from './messages';

/** Save a named baseline of every task's dates, and pick one to draw under the current bars. */
export function BaselineControls({
  doc,
  value,
  onChange,
}: {
  doc: PlanDocument;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const m = useMessages(timelineMessages);
  const list = useFirstUse();
  const modal = useFirstUse();
  const [naming, setNaming] = useState<string | null>(null);
  const save = () => {
    const name = (naming ?? '').trim() || m.baselineDefault(todayIso());
    const id = newId<BaselineId>();
    runEdit(saveBaselineEdit, { id, name, createdAt: new Date().toISOString() });
    setNaming(null);
    onChange(id);
  };
  return (
    <Group gap={4} wrap="nowrap">
      <LazySelect
        id="tl-baseline"
        size="xs"
        w={140}
        aria-label={m.baseline}
        placeholder={m.noBaseline}
        value={value}
        clearable
        onChange={onChange}
        data={doc.baselines.map((b) => ({ value: b.id, label: b.name }))}
        comboboxProps={{ keepMounted: list.used }}
        {...list.trigger}
      />
      <Button
        size="xs"
        variant="default"
        leftSection={<IconBookmark size={14} />}
        onClick={() => setNaming(m.baselineDefault(todayIso()))}
        {...modal.trigger}
      >
        {m.saveBaseline}
      </Button>
      {/* A click without a pointer first (a script's) mounts it open: it shows, without the fade. */}
      {(modal.used || naming !== null) && (
        <Modal
          id="tl-baseline-name"
          opened={naming !== null}
          onClose={() => setNaming(null)}
          title={m.saveBaseline}
          size="sm"
        >
          <TextInput
            label={m.baselineName}
            value={naming ?? ''}
            data-autofocus
            onChange={(e) => setNaming(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && save()}
          />
          <Group justify="flex-end" mt="md">
            <Button onClick={save}>{m.saveBaseline}</Button>
          </Group>
        </Modal>
      )}
    </Group>
  );
}
