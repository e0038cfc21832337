import { defineMessages } from '../define';

// The desktop app's own native dialogs (main/app): opening a link in the browser, leaving with
// unsaved changes, choosing folders and files, and the refusals of paths nobody chose.
export const desktop = defineMessages({
  en: {
    'desktop.external.title': 'Open in your browser?',
    'desktop.external.message': 'The page asks to open {host} in your web browser.',
    'desktop.external.open': 'Open in browser',
    'desktop.external.cancel': 'Cancel',
    'desktop.unsaved.title': 'Leave without saving?',
    'desktop.unsaved.message': 'Some changes on this screen are not saved.',
    'desktop.unsaved.detail': 'If you leave now, what you typed and did not save is lost. Choose Stay to save it first.',
    'desktop.unsaved.leave': 'Leave without saving',
    'desktop.unsaved.stay': 'Stay',
  },
  ms: {
    'desktop.external.title': 'Buka dalam pelayar anda?',
    'desktop.external.message': 'Halaman ini meminta untuk membuka {host} dalam pelayar web anda.',
    'desktop.external.open': 'Buka dalam pelayar',
    'desktop.external.cancel': 'Batal',
    'desktop.unsaved.title': 'Keluar tanpa menyimpan?',
    'desktop.unsaved.message': 'Ada perubahan pada skrin ini yang belum disimpan.',
    'desktop.unsaved.detail': 'Jika anda keluar sekarang, apa yang anda taip dan belum simpan akan hilang. Pilih Kekal untuk menyimpannya dahulu.',
    'desktop.unsaved.leave': 'Keluar tanpa menyimpan',
    'desktop.unsaved.stay': 'Kekal',
  },
});
