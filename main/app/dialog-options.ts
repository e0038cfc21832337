// The native dialog's options for one request (main/services/dialog-requests.ts describes the
// request). Pure, unit-tested; dialogs.ts passes them to Electron's dialog module, and the
// compiler checks them against Electron's own option types there.
import type { DialogRequest } from '../services/dialog-port';

type OpenProperty = 'openFile' | 'openDirectory' | 'createDirectory' | 'dontAddToRecent';
type SaveProperty = 'createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent';

interface Common {
  title: string;
  buttonLabel: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
}

export type NativeDialog =
  | { method: 'open'; options: Common & { properties: OpenProperty[] } }
  | { method: 'save'; options: Common & { properties: SaveProperty[] } };

export function nativeDialogOptions(request: DialogRequest): NativeDialog {
  const common: Common = { title: request.title, buttonLabel: request.buttonLabel };
  if (request.defaultPath) common.defaultPath = request.defaultPath;
  if (request.filters) common.filters = request.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
  switch (request.kind) {
    case 'folder':
      // One folder; the user may make a new one from the dialog (a USB drive, "Caruman 2026").
      return { method: 'open', options: { ...common, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] } };
    case 'open':
      return { method: 'open', options: { ...common, properties: ['openFile', 'dontAddToRecent'] } };
    case 'save':
      // Replacing an existing file is confirmed by the dialog itself (Linux needs the property).
      return { method: 'save', options: { ...common, properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'] } };
  }
}
