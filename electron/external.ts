/**
 * The only way a link leaves the app: an http(s) URL, judged by trustedUrl, shown to the planner
 * with its host and full address, and opened in the system browser only after they confirm.
 */
import { BrowserWindow, dialog, shell } from 'electron';
import { currentMessages } from './locale';
import { format } from './messages';
import { externalHostOf, isSafeExternalUrl } from './trustedUrl';

export async function confirmAndOpenExternal(url: string, parent: BrowserWindow | null): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const m = currentMessages();
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    title: m.openLinkTitle,
    message: format(m.openLinkMessage, { host: externalHostOf(url) }),
    detail: format(m.openLinkDetail, { url }),
    buttons: [m.openLinkConfirm, m.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}
