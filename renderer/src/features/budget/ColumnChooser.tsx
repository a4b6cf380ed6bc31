import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useMessages } from '../../i18n';
import { optionalBudgetColumns, type OptionalBudgetColumn } from './budgetColumns';
import { budgetMessages } from './messages';

/**
 * Which optional columns the budget table shows. By default it shows what fits a 1280 px window
 * beside the side bar — item, category, channel, planned, committed, actual, variance — and the
 * planner adds phase, unit price × quantity, vendor, payment date or notes when they need them
 * (the item column stays in view when the table then scrolls sideways).
 */
export function ColumnChooser({
  hidden,
  onChange,
}: {
  hidden: readonly OptionalBudgetColumn[];
  onChange(hidden: OptionalBudgetColumn[]): void;
}) {
  const m = useMessages(budgetMessages);
  const shownCount = optionalBudgetColumns.length - hidden.length;
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconColumns size={14} />}
          data-testid="budget-columns"
        >
          {m.columns(shownCount, optionalBudgetColumns.length)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{m.columnsHint}</Menu.Label>
        <Stack gap={6} p={8}>
          {optionalBudgetColumns.map((key) => (
            <Checkbox
              key={key}
              size="xs"
              label={m[key]}
              checked={!hidden.includes(key)}
              onChange={(e) =>
                onChange(e.currentTarget.checked ? hidden.filter((k) => k !== key) : [...hidden, key])
              }
            />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
