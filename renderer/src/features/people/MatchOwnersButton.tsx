import { Button } from '@mantine/core';
import { IconArrowsJoin } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';

/**
 * Opens the match-owners review (owners typed in plans count as people once matched): small and
 * light in a screen's toolbar, full size where it is what the screen suggests.
 */
export function MatchOwnersButton({ inToolbar = false, testId }: { inToolbar?: boolean; testId: string }) {
  const t = useMessages(peopleMessages);
  const navigate = useNavigate();
  return (
    <Button
      size={inToolbar ? 'xs' : undefined}
      variant={inToolbar ? 'light' : undefined}
      leftSection={<IconArrowsJoin size={inToolbar ? 14 : 16} />}
      onClick={() => navigate('/team/match')}
      data-testid={testId}
    >
      {t.matchOwners}
    </Button>
  );
}
