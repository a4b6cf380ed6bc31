import type { ReactNode } from 'react';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useWorkspaceUndoKeys } from '../plan/usePlanUndoKeys';
import { WorkspaceUndoButtons } from './WorkspaceUndoButtons';

/**
 * A screen of the library's workspace (team, match owners, annual budget): the screen frame with
 * the workspace's Undo/Redo at the head of the actions (after `status`, where a screen shows one),
 * and the undo keys taking back the workspace's steps.
 */
export function WorkspaceScreenFrame({
  title,
  intro,
  status,
  actions,
  children,
}: {
  title: string;
  intro: string;
  status?: ReactNode;
  actions: ReactNode;
  children: ReactNode;
}) {
  useWorkspaceUndoKeys();
  return (
    <ScreenFrame
      title={title}
      intro={intro}
      actions={
        <>
          {status}
          <WorkspaceUndoButtons />
          {actions}
        </>
      }
    >
      {children}
    </ScreenFrame>
  );
}
