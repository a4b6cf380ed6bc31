import { Badge, SegmentedControl } from '@mantine/core';
import type { Lesson } from '../../../../shared/domain';
import type { LessonCarry } from '../../../../shared/planning/rollForward';
import { textColumn } from '../../components/textColumn';
import { useMessages } from '../../i18n';
import { rollForwardMessages } from './messages';
import { RollTable } from './RollTable';

/** Last year's lessons, each carried in as a task, a checklist item, or not at all. */
export function LessonCarryTable({
  lessons,
  carry,
  onChange,
}: {
  lessons: readonly Lesson[];
  carry: Readonly<Record<string, LessonCarry>>;
  onChange(lessonId: string, how: LessonCarry): void;
}) {
  const r = useMessages(rollForwardMessages);
  const options = [
    { value: 'task', label: r.carryTask },
    { value: 'checklist', label: r.carryChecklist },
    { value: 'skip', label: r.carrySkip },
  ];
  return (
    <RollTable
      testId="roll-lessons"
      empty={r.lessonsNone}
      rows={lessons}
      rowKey={(lesson) => lesson.id}
      columns={[
        textColumn<Lesson>(r.lesson, (lesson) => (
          <>
            <Badge variant="light" mr="xs">
              {r.lessonKind[lesson.kind]}
            </Badge>
            {lesson.text}
          </>
        )),
        textColumn<Lesson>(r.carryAs, (lesson) => (
          <SegmentedControl
            size="xs"
            aria-label={r.carryAsFor(lesson.text)}
            value={carry[lesson.id] ?? 'skip'}
            onChange={(v) => onChange(lesson.id, v as LessonCarry)}
            data={options}
          />
        )),
      ]}
    />
  );
}
