// Folders and files are chosen, never typed: the renderer asks the main process to show a native
// dialog (dialog.showOpenDialog / showSaveDialog in the desktop app; a stand-in the tests drive
// in the browser harness) for a stated purpose, and gets back the path the user chose, or null
// when they cancelled. Channels that take a path (backups, ASSIST files, folders, receipts, bulk
// generation, the audit export) accept from the renderer only a path chosen this way in this
// session for a matching purpose (or a company's stored folder): a compromised renderer cannot
// name \\server\share or /etc. The CLI, where the user types paths in their own shell, may.
import { z } from 'zod';
import { channel } from '../channel';
import { companyIdSchema } from '../../domain/company';
import { isAbsolutePath } from '../../domain/paths';
import { FOLDER_PURPOSES, OPEN_FILE_PURPOSES, SAVE_FILE_PURPOSES } from '../../domain/dialogs';

export {
  DIALOG_PURPOSES,
  FOLDER_PURPOSES,
  OPEN_FILE_PURPOSES,
  SAVE_FILE_PURPOSES,
  type DialogKind,
  type DialogPurpose,
  type FolderPurpose,
  type OpenFilePurpose,
  type PurposeOf,
  type SaveFilePurpose,
} from '../../domain/dialogs';

export interface ChosenPath {
  /** The absolute path the user chose; null when they cancelled the dialog. */
  path: string | null;
}

const request = <P extends readonly [string, ...string[]]>(purposes: P) =>
  z
    .object({
      purpose: z.enum(purposes),
      /** The company the choice is for: the dialog starts in its folder. */
      companyId: companyIdSchema.optional(),
    })
    .strict();

export const dialogChannels = {
  'dialogs:chooseFolder': channel<ChosenPath>()(request(FOLDER_PURPOSES)),
  'dialogs:chooseSaveFile': channel<ChosenPath>()(request(SAVE_FILE_PURPOSES)),
  'dialogs:chooseOpenFile': channel<ChosenPath>()(request(OPEN_FILE_PURPOSES)),
  /** Copies a chosen path (or a company's folder) to the clipboard, to paste into the portal. */
  'dialogs:copyPath': channel<{ done: boolean }>()(
    z.object({ path: z.string().trim().min(1).max(4096).refine(isAbsolutePath, 'backups.error.path.notAbsolute') }).strict(),
  ),
};
