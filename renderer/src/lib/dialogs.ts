// Choosing folders and files: the main process shows a native dialog (a stand-in in the browser
// harness) and answers with the path the user chose, or null when they cancelled. Paths are never
// typed: the channels that take one accept only what was chosen this way.
import { FOLDER_PURPOSES, SAVE_FILE_PURPOSES, type DialogPurpose, type FolderPurpose, type SaveFilePurpose } from '../../../shared/api/channels/dialogs';
import { api } from '../api/client';

const isFolder = (purpose: DialogPurpose): purpose is FolderPurpose => (FOLDER_PURPOSES as readonly string[]).includes(purpose);
const isSave = (purpose: DialogPurpose): purpose is SaveFilePurpose => (SAVE_FILE_PURPOSES as readonly string[]).includes(purpose);

/** Opens the dialog for purpose; resolves to the chosen path, or null when cancelled. */
export async function choosePath(purpose: DialogPurpose, companyId?: number): Promise<string | null> {
  const company = companyId === undefined ? {} : { companyId };
  if (isFolder(purpose)) return (await api.call('dialogs:chooseFolder', { purpose, ...company })).path;
  if (isSave(purpose)) return (await api.call('dialogs:chooseSaveFile', { purpose, ...company })).path;
  return (await api.call('dialogs:chooseOpenFile', { purpose, ...company })).path;
}

/** Whether a main-process copy was done (a failure to ask counts as not done). */
export function copiedBy(call: Promise<{ done: boolean }>): Promise<boolean> {
  return call.then(
    (result) => result.done,
    () => false,
  );
}

function selectText(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  selection.selectAllChildren(element);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies a path to the clipboard: through the main process in the desktop app (the page itself
 * has no clipboard permission there), else the browser's clipboard, else it selects the text for
 * Ctrl+C. Resolves true when it was copied. `viaMain`: the main process's copy (by default
 * dialogs:copyPath; the portal's file list asks portal:copyPath).
 */
export async function copyPath(path: string, element: HTMLElement | null, viaMain: () => Promise<boolean> = () => copiedBy(api.call('dialogs:copyPath', { path }))): Promise<boolean> {
  if (await viaMain()) return true;
  if (typeof navigator.clipboard?.writeText === 'function') {
    const copied = await navigator.clipboard.writeText(path).then(
      () => true,
      () => false,
    );
    if (copied) return true;
  }
  return element ? selectText(element) : false;
}
