import { Box, Text, Title } from '@mantine/core';

/**
 * A screen's own title — its one level-one heading, which screen readers jump to — and the line
 * of guidance under it. Top-level screens show it at h2 size, plan sections (ScreenFrame) at h3.
 */
export function ScreenTitle({
  title,
  intro,
  size = 'h2',
  introWidth,
}: {
  title: string;
  intro?: string;
  size?: 'h2' | 'h3';
  introWidth?: number;
}) {
  return (
    <Box>
      <Title order={1} size={size}>
        {title}
      </Title>
      {intro && (
        <Text c="dimmed" size="sm" maw={introWidth}>
          {intro}
        </Text>
      )}
    </Box>
  );
}
