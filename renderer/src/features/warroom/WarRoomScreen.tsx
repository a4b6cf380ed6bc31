import { Activity, useCallback, useMemo, useState } from 'react';
import { evaluateAlerts } from '../../../../shared/warroom/alerts';
import { computePacing } from '../../../../shared/warroom/pacing';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { usePlanDoc } from '../../state/planStore';
import { WallDisplay } from './WallDisplay';
import { WarRoomBody } from './WarRoomBody';

export function WarRoomScreen() {
  const doc = usePlanDoc();
  const pacing = useMemo(() => computePacing(doc), [doc]);
  const alerts = useMemo(() => evaluateAlerts(doc, pacing), [doc, pacing]);
  const [wall, setWall] = useState(false);
  const closeWall = useCallback(() => setWall(false), []);
  const openWall = useCallback(() => setWall(true), []);
  const actions = useMemo(
    (): AppAction[] => [
      {
        id: 'warroom.wall',
        label: { zh: '作战室大屏', en: 'War room wall display' },
        keywords: ['大屏', '全屏', 'wall', 'full screen'],
        scope: 'screen',
        perform: openWall,
      },
    ],
    [openWall],
  );
  useRegisterActions('warroom', actions);
  // While the wall display is up, the screen under it is hidden as an Activity: it keeps its state
  // (what is typed in it), shows what it showed when the wall opened, and catches up at idle
  // priority — rendering its charts, tables and the panels that read the plan on every update was
  // most of the wall's update time. Closing the wall brings it up to date.
  const shown = useMemo(
    () => ({ pacing, alerts }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- frozen while the wall is up
    [wall ? null : pacing, wall ? null : alerts, wall],
  );
  const screen = useMemo(
    () => <WarRoomBody pacing={shown.pacing} alerts={shown.alerts} onWall={openWall} />,
    [shown, openWall],
  );
  return (
    <>
      {wall && <WallDisplay pacing={pacing} alerts={alerts} onClose={closeWall} />}
      <Activity mode={wall ? 'hidden' : 'visible'}>{screen}</Activity>
    </>
  );
}
