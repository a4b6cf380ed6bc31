import { Badge, Tooltip } from '@mantine/core';

/** A short note over the calendar (provisional holidays, estimated platform days), whole in its tooltip. */
export function YearNotice({ text, testId }: { text: string; testId: string }) {
  return (
    <Tooltip label={text} multiline w={380}>
      <Badge color="yellow" variant="light" tt="none" maw="100%" title={text} data-testid={testId}>
        {text}
      </Badge>
    </Tooltip>
  );
}
