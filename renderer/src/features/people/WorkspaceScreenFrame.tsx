import type { ReactNode } from 'react';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useWorkspaceUndoKeys } from '../plan/usePlanUndoKeys';
import { WorkspaceUndoButtons } from './WorkspaceUndoButtons';

/**
 * A screen of the team (roster, match owners): the screen frame with the workspace's Undo/Redo
 * at the head of the actions, and the undo keys taking back the workspace's steps.
 */
export function WorkspaceScreenFrame({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro: string;
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
          <WorkspaceUndoButtons />
          {actions}
        </>
      }
    >
      {children}
    </ScreenFrame>
  );
}
