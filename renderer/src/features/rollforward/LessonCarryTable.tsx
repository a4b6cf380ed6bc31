import { Badge, SegmentedControl, Table, Text } from '@mantine/core';
import type { Lesson } from '../../../../shared/domain';
import type { LessonCarry } from '../../../../shared/planning/rollForward';
import { useMessages } from '../../i18n';
import { rollForwardMessages } from './messages';

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
  if (lessons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {r.lessonsNone}
      </Text>
    );
  }
  const options = [
    { value: 'task', label: r.carryTask },
    { value: 'checklist', label: r.carryChecklist },
    { value: 'skip', label: r.carrySkip },
  ];
  return (
    <Table striped withTableBorder data-testid="roll-lessons">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{r.lesson}</Table.Th>
          <Table.Th>{r.carryAs}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lessons.map((lesson) => (
          <Table.Tr key={lesson.id}>
            <Table.Td>
              <Badge variant="light" mr="xs">
                {r.lessonKind[lesson.kind]}
              </Badge>
              {lesson.text}
            </Table.Td>
            <Table.Td>
              <SegmentedControl
                size="xs"
                aria-label={r.carryAsFor(lesson.text)}
                value={carry[lesson.id] ?? 'skip'}
                onChange={(v) => onChange(lesson.id, v as LessonCarry)}
                data={options}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
