import { memo } from 'react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { ChoiceSegments } from '../../components/ChoiceSegments';
import { useMessages } from '../../i18n';
import { timelineMessages } from './messages';
import type { ZoomChoice } from './useTimelineView';

const zoomChoices = ['day', 'week', 'month', 'fit'] as const;

/**
 * 日 / 周 / 月 / 整个活动 and the zoom-in/out buttons: its own memoised part of the toolbar, so a
 * zoom re-renders these controls and the chart, not the rest of the toolbar.
 */
export const ZoomControls = memo(function ZoomControls({
  value,
  onChoose,
  onStep,
}: {
  value: ZoomChoice;
  onChoose(choice: ZoomChoice): void;
  onStep(command: 'zoomIn' | 'zoomOut'): void;
}) {
  const m = useMessages(timelineMessages);
  return (
    <>
      <ChoiceSegments<ZoomChoice>
        value={value}
        choices={zoomChoices}
        labels={{ day: m.zoomDay, week: m.zoomWeek, month: m.zoomMonth, fit: m.fit }}
        onChange={onChoose}
        aria-label={m.zoom}
      />
      <Tooltip label={m.zoom}>
        <ActionIcon variant="subtle" aria-label={m.zoomIn} onClick={() => onStep('zoomIn')}>
          <IconZoomIn size={18} />
        </ActionIcon>
      </Tooltip>
      <ActionIcon variant="subtle" aria-label={m.zoomOut} onClick={() => onStep('zoomOut')}>
        <IconZoomOut size={18} />
      </ActionIcon>
    </>
  );
});
