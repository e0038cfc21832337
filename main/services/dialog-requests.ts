// What each dialog looks like: its kind, title and button in the user's language, the file types
// it offers and where it starts. Pure (no electron, no file system), unit-tested; the dialogs
// handler passes the result to the DialogPort.
import path from 'node:path';
import { DIALOG_PURPOSES, type DialogPurpose } from '../../shared/domain/dialogs';
import { translate, type Locale } from '../../shared/i18n/catalog';
import type { DialogFilter, DialogRequest } from './dialog-port';

type FilterKey = 'desktop.filter.backup' | 'desktop.filter.assist' | 'desktop.filter.receipt' | 'desktop.filter.import';

/** File types offered by the file dialogs, first the expected ones, then "All files". */
const FILTERS: Partial<Record<DialogPurpose, { key: FilterKey; extensions: string[] }>> = {
  backup: { key: 'desktop.filter.backup', extensions: ['sqlite'] },
  restore: { key: 'desktop.filter.backup', extensions: ['sqlite'] },
  assistCheck: { key: 'desktop.filter.assist', extensions: ['txt', 'TXT'] },
  receipt: { key: 'desktop.filter.receipt', extensions: ['pdf', 'html', 'htm', 'png', 'jpg', 'jpeg', 'txt'] },
  importFile: { key: 'desktop.filter.import', extensions: ['csv', 'xlsx'] },
};

const BUTTON_KEY = {
  folder: 'desktop.dialog.button.folder',
  open: 'desktop.dialog.button.open',
  save: 'desktop.dialog.button.save',
} as const;

/** The name a new backup gets in the save dialog (the user may change it). */
export function suggestedBackupName(today: string): string {
  return `caruman-backup-${today}.sqlite`;
}

export function dialogRequestFor(purpose: DialogPurpose, locale: Locale, defaultPath?: string): DialogRequest {
  const kind = DIALOG_PURPOSES[purpose];
  const request: DialogRequest = {
    kind,
    purpose,
    title: translate(locale, `desktop.dialog.${purpose}.title`),
    buttonLabel: translate(locale, BUTTON_KEY[kind]),
  };
  if (defaultPath) request.defaultPath = defaultPath;
  const filter = FILTERS[purpose];
  if (filter) {
    const filters: DialogFilter[] = [
      { name: translate(locale, filter.key), extensions: filter.extensions },
      { name: translate(locale, 'desktop.filter.all'), extensions: ['*'] },
    ];
    request.filters = filters;
  }
  return request;
}

export interface DefaultPlaces {
  /** The last path chosen for this purpose in this session. */
  last?: string;
  /** The company's own folder, when the choice is for a company. */
  companyFolder?: string | null;
  /** Caruman's backups folder. */
  backupsFolder: string;
  /** Today, "YYYY-MM-DD" (a new backup's suggested name). */
  today: string;
}

/** Where a dialog starts: where the user last chose, else the natural place for the purpose. */
export function defaultPathFor(purpose: DialogPurpose, places: DefaultPlaces): string | undefined {
  const kind = DIALOG_PURPOSES[purpose];
  if (kind === 'folder') return places.last ?? places.companyFolder ?? undefined;
  if (kind === 'save') {
    const name = suggestedBackupName(places.today);
    return places.last ? path.join(path.dirname(places.last), name) : name;
  }
  if (places.last) return path.dirname(places.last);
  if (purpose === 'restore') return places.backupsFolder;
  return places.companyFolder ?? undefined;
}
