import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Lesson, PlanDocument } from '../../../../shared/domain';
import type { LessonPatch } from '../../../../shared/review/recipes';
import { CommitTextInput, CommitTextarea } from '../../components/CommitInputs';
import { IsoDateInput } from '../../components/IsoDateInput';
import { useFormat, useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { usePlanStore } from '../../state/planStore';
import { useUnsentText } from '../../state/unsentText';
import { addLessonEdit, removeLessonEdit, updateLessonEdit } from './reviewEdits';
import { messages } from './messages';
import { useEarlierLessons } from './useEarlierLessons';
import { SectionCard } from '../../components/SectionCard';
import { RemoveButton } from '../../components/RemoveButton';

const kinds: Lesson['kind'][] = ['worked', 'didNotWork', 'action'];

export function LessonsSection({ doc }: { doc: PlanDocument }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        {kinds.map((kind) => (
          <LessonColumn
            key={kind}
            kind={kind}
            lessons={doc.lessons.filter((l) => l.kind === kind).sort((a, b) => a.order - b.order)}
          />
        ))}
      </SimpleGrid>
      <EarlierLessonsPanel doc={doc} />
    </Stack>
  );
}

function LessonColumn({ kind, lessons }: { kind: Lesson['kind']; lessons: Lesson[] }) {
  const m = useMessages(messages);
  const planId = usePlanStore((s) => s.planId) ?? '';
  const [draft, setDraft, clearDraft] = useUnsentText(`${planId}:lesson:${kind}`);
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    runEdit(addLessonEdit, { kind, text });
    clearDraft();
  };
  return (
    <SectionCard title={m.lessons[kind]} testId={`lessons-${kind}`}>
      <Stack gap="xs">
        {lessons.length === 0 && (
          <Text size="sm" c="dimmed">
            {m.lessons.empty}
          </Text>
        )}
        {lessons.map((l) => (
          <LessonItem key={l.id} lesson={l} />
        ))}
        <Group gap={4} wrap="nowrap" align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            size="xs"
            value={draft}
            aria-label={m.lessons[kind]}
            placeholder={m.lessons.placeholder}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
          <Tooltip label={m.lessons.add}>
            <ActionIcon
              variant="light"
              onClick={add}
              aria-label={`${m.lessons.add} ${m.lessons[kind]}`}
              disabled={!draft.trim()}
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Stack>
    </SectionCard>
  );
}

function LessonItem({ lesson }: { lesson: Lesson }) {
  const m = useMessages(messages);
  const set = (patch: LessonPatch) => runEdit(updateLessonEdit, { id: lesson.id, kind: lesson.kind, patch });
  return (
    <Stack gap={4} pb={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <CommitTextarea
          style={{ flex: 1 }}
          size="xs"
          autosize
          minRows={1}
          value={lesson.text}
          aria-label={m.lessons.text}
          onCommit={(v) => v.trim() && set({ text: v.trim() })}
        />
        <RemoveButton label={m.lessons.remove} onRemove={() => runEdit(removeLessonEdit, lesson.id)} />
      </Group>
      {lesson.kind === 'action' && (
        <Group gap={4} wrap="nowrap">
          <CommitTextInput
            size="xs"
            w={110}
            placeholder={m.lessons.owner}
            aria-label={m.lessons.owner}
            value={lesson.owner}
            onCommit={(v) => set({ owner: v })}
          />
          <IsoDateInput
            size="xs"
            w={120}
            placeholder={m.lessons.due}
            aria-label={m.lessons.due}
            value={lesson.dueDate}
            onChange={(v) => set({ dueDate: v })}
            clearable
          />
          <Checkbox
            size="xs"
            label={m.lessons.done}
            checked={lesson.done}
            onChange={(e) => set({ done: e.currentTarget.checked })}
          />
        </Group>
      )}
    </Stack>
  );
}

/** Lessons of earlier campaigns; also meant for the planner starting a new plan (see report). */
export function EarlierLessonsPanel({ doc }: { doc: PlanDocument }) {
  const m = useMessages(messages);
  const f = useFormat();
  const earlier = useEarlierLessons(doc.plan);
  return (
    <SectionCard title={m.lessons.earlier} hint={m.lessons.earlierHint} testId="earlier-lessons">
      {earlier !== null && earlier.length === 0 && (
        <Text size="sm" c="dimmed">
          {m.lessons.noEarlier}
        </Text>
      )}
      <Stack gap="sm">
        {(earlier ?? []).map((e) => (
          <div key={e.plan.id}>
            <Group gap="xs" mb={4}>
              <Text fw={600} size="sm">
                {e.plan.name}
              </Text>
              <Text size="xs" c="dimmed">
                {f.date(e.plan.startDate, 'long')}
              </Text>
              <Badge size="xs" variant="light">
                {e.reason === 'source' ? m.lessons.fromSource : m.lessons.fromSameType}
              </Badge>
            </Group>
            {e.lessons.map((l) => (
              <Text size="sm" key={l.id}>
                <Badge
                  size="xs"
                  variant="outline"
                  mr={6}
                  color={l.kind === 'worked' ? 'green' : l.kind === 'didNotWork' ? 'red' : 'blue'}
                >
                  {m.lessons[l.kind]}
                </Badge>
                {l.text}
                {l.kind === 'action' && (l.owner || l.dueDate) && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({[l.owner, l.dueDate ? f.date(l.dueDate) : ''].filter(Boolean).join(' · ')})
                  </Text>
                )}
              </Text>
            ))}
          </div>
        ))}
      </Stack>
    </SectionCard>
  );
}
