import { defineMessages } from '../define';

// The desktop app's own native dialogs (main/app): opening a link in the browser, leaving with
// unsaved changes, choosing folders and files, and the refusals of paths nobody chose.
export const desktop = defineMessages({
  en: {
    'desktop.external.title': 'Open in your browser?',
    'desktop.external.message': 'The page asks to open {host} in your web browser.',
    'desktop.external.open': 'Open in browser',
    'desktop.external.cancel': 'Cancel',
  },
  ms: {
    'desktop.external.title': 'Buka dalam pelayar anda?',
    'desktop.external.message': 'Halaman ini meminta untuk membuka {host} dalam pelayar web anda.',
    'desktop.external.open': 'Buka dalam pelayar',
    'desktop.external.cancel': 'Batal',
  },
});
