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
import { isAbsolutePath } from './backups';

/** What each dialog is for, and which kind of dialog it is. */
export const DIALOG_PURPOSES = {
  /** A company's folder for ASSIST files and receipts (first run, company details). */
  companyFolder: 'folder',
  /** Where this month's ASSIST files are written (the Files screen). */
  assistFiles: 'folder',
  /** One folder per company for bulk generation (the month-end dashboard). */
  bulkFiles: 'folder',
  /** Where a year's files for the auditor are copied. */
  auditFiles: 'folder',
  /** A backup file to write, in any folder (a USB drive). */
  backup: 'save',
  /** A backup file to restore. */
  restore: 'open',
  /** Any SOCSO / EIS / LINDUNG text file to check before uploading it. */
  assistCheck: 'open',
  /** A receipt (ACR, ECR, payment receipt) to attach by hand. */
  receipt: 'open',
  /** A CSV or Excel file of employees or wages to import. */
  importFile: 'open',
} as const;

export type DialogPurpose = keyof typeof DIALOG_PURPOSES;
export type DialogKind = (typeof DIALOG_PURPOSES)[DialogPurpose];
export type PurposeOf<K extends DialogKind> = { [P in DialogPurpose]: (typeof DIALOG_PURPOSES)[P] extends K ? P : never }[DialogPurpose];
export type FolderPurpose = PurposeOf<'folder'>;
export type SaveFilePurpose = PurposeOf<'save'>;
export type OpenFilePurpose = PurposeOf<'open'>;

function purposesOf<K extends DialogKind>(kind: K): [PurposeOf<K>, ...PurposeOf<K>[]] {
  return (Object.keys(DIALOG_PURPOSES) as DialogPurpose[]).filter((p) => DIALOG_PURPOSES[p] === kind) as [PurposeOf<K>, ...PurposeOf<K>[]];
}

export const FOLDER_PURPOSES = purposesOf('folder');
export const SAVE_FILE_PURPOSES = purposesOf('save');
export const OPEN_FILE_PURPOSES = purposesOf('open');

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
