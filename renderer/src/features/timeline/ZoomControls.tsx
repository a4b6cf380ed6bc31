import { memo } from 'react';
import { ActionIcon, SegmentedControl, Tooltip } from '@mantine/core';
import { IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useMessages } from '../../i18n';
import { timelineMessages } from './messages';
import type { ZoomChoice } from './useTimelineView';

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
      <SegmentedControl
        // A fixed name: without one, Mantine's useId draws the control again right after it mounts.
        name="tl-zoom"
        size="xs"
        value={value}
        onChange={(v) => onChoose(v as ZoomChoice)}
        data={[
          { value: 'day', label: m.zoomDay },
          { value: 'week', label: m.zoomWeek },
          { value: 'month', label: m.zoomMonth },
          { value: 'fit', label: m.fit },
        ]}
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
