import { GoToTabButton } from '../../../components/GoToTabButton';
import { useMessages } from '../../../i18n';
import { usePlanDoc } from '../../../state/planStore';
import { messages } from '../messages';

/** A baseline without days: the way to the review's Actuals, where its days are typed or imported. */
export function ToActualsButton({ testId }: { testId: string }) {
  const planId = usePlanDoc().plan.id;
  const m = useMessages(messages);
  return (
    <GoToTabButton planId={planId} tab="review" section="actuals" label={m.tabs.actuals} testId={testId} />
  );
}
