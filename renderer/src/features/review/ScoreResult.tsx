import { Card, Group, Text, Title } from '@mantine/core';
import { fuzzyGrades } from '../../../../shared/review/fuzzy';
import type { CompositeScore } from '../../../../shared/review/score';
import { type Formatters } from '../../i18n';
import { type ReviewMessages } from './messages';
import { blockText } from './scoreText';

/** The composite score with each indicator's points and contribution (screen and report). */
export function ScoreResult({
  score,
  m,
  f,
}: {
  score: CompositeScore;
  names: string[];
  m: ReviewMessages;
  f: Formatters;
}) {
  const byId = new Map(score.rows.map((r) => [r.indicator.id as string, r.indicator.name]));
  return (
    <Card withBorder padding="sm" data-testid="score-result">
      <Group align="baseline" gap="xs">
        <Title order={2} size="h5">
          {m.score.result}
        </Title>
        {score.score !== null ? (
          <Text fz={28} fw={700} data-testid="score-value">
            {f.number(score.score, 1)}
            <Text span size="sm" c="dimmed">
              {' '}
              {m.score.outOf}
            </Text>
          </Text>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Group>
      {score.blocks.map((b, i) => (
        <Text key={i} size="sm" c="red.8">
          {blockText(b, m, f, byId)}
        </Text>
      ))}
      <Text size="xs" c="dimmed" mt={4}>
        {m.score.explanation}
      </Text>
      {score.fuzzy && (
        <Text size="sm" mt={4} data-testid="fuzzy-result">
          {m.score.fuzzyResult(m.score.grades[score.fuzzy.grade])} —{' '}
          {fuzzyGrades
            .map((g, j) => `${m.score.grades[g]} ${f.percent(score.fuzzy?.memberships[j] ?? 0, 1)}`)
            .join(' · ')}
          {score.fuzzy.isTie && ` ${m.score.fuzzyTie}`}
        </Text>
      )}
    </Card>
  );
}
