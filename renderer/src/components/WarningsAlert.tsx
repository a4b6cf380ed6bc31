import { Alert, List, Spoiler, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** One warning of a WarningsAlert: its text, and a key that stays with it across renders. */
interface Warning {
  key: string;
  text: string;
}

/**
 * What is wrong with a screen's figures (the budget over its cap, a SKU short of stock), or the
 * line saying nothing is: an orange alert headed by the count, its list folded after three lines
 * with "show all" / "show less".
 */
export function WarningsAlert({
  warnings,
  title,
  none,
  showAll,
  showLess,
  testId,
  noneTestId,
}: {
  warnings: readonly Warning[];
  title: string;
  /** Said in green when there is no warning. */
  none: string;
  showAll: string;
  showLess: string;
  testId: string;
  noneTestId?: string;
}) {
  return warnings.length === 0 ? (
    <Text size="sm" c="teal.7" data-testid={noneTestId}>
      {none}
    </Text>
  ) : (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={`${title} (${warnings.length})`}
      data-testid={testId}
      py="xs"
    >
      <Spoiler maxHeight={66} showLabel={showAll} hideLabel={showLess}>
        <List size="sm" spacing={2}>
          {warnings.map((w) => (
            <List.Item key={w.key}>{w.text}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
