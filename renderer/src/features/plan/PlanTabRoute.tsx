import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { planTabs } from './tabs';

export function PlanTabRoute() {
  const { tab } = useParams();
  const found = planTabs.find((t) => t.id === (tab ?? 'overview'));
  if (!found) return <Navigate to="../overview" replace />;
  const { Screen } = found;
  return (
    <Suspense
      fallback={
        <Center p="xl">
          <Loader />
        </Center>
      }
    >
      <Screen />
    </Suspense>
  );
}
