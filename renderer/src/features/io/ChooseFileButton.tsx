import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMessages } from '../../i18n';
import { ioMessages } from './messages';

/** "Choose a file…" of the plan's import screen and of New plan from Excel; off while one is read. */
export function ChooseFileButton({ onChoose, disabled }: { onChoose(): Promise<void>; disabled: boolean }) {
  const m = useMessages(ioMessages);
  return (
    <Button leftSection={<IconFileImport size={16} />} onClick={() => void onChoose()} disabled={disabled}>
      {m.choose}
    </Button>
  );
}
