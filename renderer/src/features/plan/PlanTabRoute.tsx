import { Suspense } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { ScreenLoader } from '../../components/ScreenLoader';
import { planTabs } from './tabs';

export function PlanTabRoute() {
  const { tab } = useParams();
  const found = planTabs.find((t) => t.id === (tab ?? 'overview'));
  if (!found) return <Navigate to="../overview" replace />;
  const { Screen } = found;
  // Keyed by section: a side-bar click mounts a new boundary, which shows the loader while the
  // section's chunk arrives. One boundary for every section kept the previous screen standing
  // (React does not replace shown content with a fallback during a navigation), so under load a
  // click looked ignored for a second or more.
  return (
    <Suspense key={found.id} fallback={<ScreenLoader />}>
      <Screen />
    </Suspense>
  );
}
