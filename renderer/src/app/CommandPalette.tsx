import '@mantine/spotlight/styles.css';
import { Kbd } from '@mantine/core';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useAppMessages, useLanguage } from '../i18n';
import { currentActions, useActionStore } from '../state/actionStore';

/**
 * Ctrl/⌘+K: finds any action of the screen on view, the open plan and the app by its name in
 * either language (Mantine's Spotlight draws it; the actions come from state/actionStore).
 */
export function CommandPalette() {
  const m = useAppMessages();
  const language = useLanguage();
  const bySource = useActionStore((s) => s.bySource);
  // Whether an action is enabled (Undo after an edit) is asked each time the palette opens, not
  // only when the screen's actions change: Undo was missing until the next change of tab.
  const [openings, setOpenings] = useState(0);
  const actions = useMemo<SpotlightActionData[]>(
    () =>
      currentActions(bySource).map((a) => ({
        id: a.id,
        label: a.label[language],
        // Found by the other language's name too: a planner may think of 预算 in the English UI.
        keywords: [a.label[language === 'zh' ? 'en' : 'zh'], ...(a.keywords ?? [])],
        rightSection: a.shortcut ? <Kbd size="xs">{a.shortcut}</Kbd> : undefined,
        onClick: () => a.perform(),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `openings` asks isEnabled again
    [bySource, language, openings],
  );
  return (
    <Spotlight
      actions={actions}
      onSpotlightOpen={() => setOpenings((n) => n + 1)}
      shortcut="mod + K"
      // From anywhere, a text field included (the browser gives Ctrl+K no meaning there).
      tagsToIgnore={[]}
      nothingFound={m.shortcuts.paletteEmpty}
      highlightQuery
      scrollable
      maxHeight={420}
      limit={30}
      searchProps={{
        leftSection: <IconSearch size={16} />,
        placeholder: m.shortcuts.paletteSearch,
        'aria-label': m.shortcuts.palette,
      }}
    />
  );
}
