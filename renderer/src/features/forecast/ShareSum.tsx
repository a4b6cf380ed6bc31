import { Text } from '@mantine/core';
import type { ShareCheck } from '../../../../shared/figures';
import { useMessages } from '../../i18n';
import type { MoneyFormat } from '../budget/useMoney';
import { curveMessages } from './curveMessages';

/** Σ of a column of shares and what is left (or over) before it reaches 100 %. */
export function ShareSum({
  check,
  format,
  testId,
}: {
  check: ShareCheck;
  format: MoneyFormat;
  testId: string;
}) {
  const m = useMessages(curveMessages);
  const left = format.percent(Math.abs(check.remainder), 2);
  return (
    <Text size="xs" fw={700} c={check.isComplete ? 'teal.8' : 'orange.8'} data-testid={testId}>
      {format.percent(check.sum, 2)}
      <Text span size="xs" fw={400} ml={4}>
        {check.isComplete ? '' : check.remainder > 0 ? m.remaining(left) : m.over(left)}
      </Text>
    </Text>
  );
}
