import { Badge, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { Comparison } from '../../../../shared/compare/compare';
import { useMessages } from '../../i18n';
import { rollForwardMessages } from '../rollforward/messages';
import { compareMessages } from './messages';

/** Each plan's lessons side by side, what did not work first. */
export function CompareLessons({ comparison }: { comparison: Comparison }) {
  const c = useMessages(compareMessages);
  const r = useMessages(rollForwardMessages);
  return (
    <SimpleGrid cols={comparison.plans.length} spacing="md">
      {comparison.plans.map((p, i) => {
        const lessons = comparison.lessons[i] ?? [];
        return (
          <Card key={p.id} withBorder>
            <Title order={3} size="h6" mb="xs">
              {p.name}
            </Title>
            {lessons.length === 0 ? (
              <Text size="sm" c="dimmed">
                {c.noLessons}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {lessons.map((l) => (
                  <List.Item key={l.id}>
                    <Badge size="xs" variant="light" mr={4}>
                      {r.lessonKind[l.kind]}
                    </Badge>
                    {l.text}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
