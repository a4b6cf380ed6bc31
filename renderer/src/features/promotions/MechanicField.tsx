import { Switch } from '@mantine/core';
import type { Promotion } from '../../../../shared/domain';
import { DEFAULT_ORDER_VALUE_SPREAD } from '../../../../shared/budget/orderValueShare';
import { CommitNumberInput, PercentInput } from '../../components/CommitInputs';
import { MoneyInput } from '../../components/MoneyInput';
import { useMessages } from '../../i18n';
import type { FieldSpec } from './mechanicFields';
import { promotionMessages } from './messages';

/** One parameter of a promotion's mechanic, edited as its kind says (money, count, rate, …). */
export function MechanicField({
  spec,
  promotion,
  currency,
  onParam,
}: {
  spec: FieldSpec;
  promotion: Promotion;
  currency: string;
  onParam(key: string, value: unknown): void;
}) {
  const m = useMessages(promotionMessages);
  const values = promotion.mechanic as unknown as Record<string, unknown>;
  const label = m.fields[spec.key];
  const description = spec.zeroMeansForecast ? m.zeroMeansForecast : undefined;
  const value = values[spec.key];
  switch (spec.kind) {
    case 'money':
      return (
        <MoneyInput
          size="xs"
          label={label}
          description={description}
          currency={currency}
          valueMinor={typeof value === 'number' ? value : 0}
          isNonNegative
          onCommitMinor={(v) => onParam(spec.key, v ?? 0)}
        />
      );
    case 'count':
      return (
        <CommitNumberInput
          size="xs"
          label={label}
          description={description}
          value={typeof value === 'number' ? value : 0}
          min={spec.min ?? 0}
          // A hundred million groups or units at most: beyond it the cost no longer keeps exact
          // cents, and every later edit of the promotion failed while the header said 已保存.
          max={100_000_000}
          allowDecimal={false}
          thousandSeparator=","
          onCommit={(v) => onParam(spec.key, Math.max(spec.min ?? 0, Math.round(v ?? 0)))}
        />
      );
    case 'rate':
    case 'optionalRate': {
      // An optional rate (the qualifying share) may be emptied: the forecast then derives it.
      const empty = spec.kind === 'optionalRate' ? null : 0;
      return (
        <PercentInput
          size="xs"
          label={label}
          description={spec.kind === 'optionalRate' ? m.shareHint : undefined}
          valueFraction={typeof value === 'number' ? value : empty}
          onCommitFraction={(v) => onParam(spec.key, v === null ? empty : Math.min(1, Math.max(0, v)))}
        />
      );
    }
    case 'spread':
      return (
        <CommitNumberInput
          size="xs"
          label={label}
          description={m.spreadHint}
          value={typeof value === 'number' ? value : DEFAULT_ORDER_VALUE_SPREAD}
          min={0.05}
          max={3}
          step={0.05}
          decimalScale={2}
          onCommit={(v) => onParam(spec.key, v === null ? undefined : Math.min(3, Math.max(0.05, v)))}
        />
      );
    case 'bool':
      return (
        <Switch
          mt="lg"
          size="sm"
          label={label}
          checked={value === true}
          onChange={(e) => onParam(spec.key, e.currentTarget.checked)}
        />
      );
  }
}
