import { defineMessages } from '../define';

// Files on the disk and the database file: what went wrong and what to do about it.
export const storage = defineMessages({
  en: {
    'storage.file.exists': '{path} already exists. Choose another name; Caruman never replaces a file you did not ask it to replace.',
    'storage.file.diskFull': 'The disk is full, so {path} could not be written. Nothing was left half-written. Free some space and try again.',
    'storage.file.noPermission': 'Caruman is not allowed to write {path}. Choose another folder.',
    'storage.file.writeFailed': '{path} could not be written ({reason}). Nothing was left half-written.',
    'storage.file.notRegular.folder': '{path} is a folder, not a file. Choose a file inside it.',
    'storage.file.notRegular.device': '{path} is a device, not a file. Choose an ordinary file.',
    'storage.file.notRegular.pipe': '{path} is a pipe, not a file, so Caruman does not read it. Save what it carries as a file and choose that.',
    'storage.file.notRegular.socket': '{path} is a socket, not a file. Choose an ordinary file.',
    'storage.file.notRegular.other': '{path} is not an ordinary file. Choose an ordinary file.',
    'storage.file.tooLarge': '{path} is {size}, larger than the {limit} Caruman reads for this. Check that it is the right file.',
    'storage.db.busy':
      'Caruman’s data file is busy: another Caruman (the app, or a `caruman` command) is writing to it. Wait until it has finished, then try again. Nothing was changed.',
    'storage.db.full': 'The disk holding Caruman’s data is full, so nothing could be saved. Free some space, then try again. Nothing was changed.',
    'storage.db.corrupt':
      'Caruman’s data file is damaged ({path}). Do not delete it. Restore your latest backup (Backups → Restore, or `caruman restore FILE`); the damaged file is kept as a backup.',
    'storage.db.readOnly': 'Caruman’s data file cannot be written ({path}): it or its folder is read-only. Check its permissions, then try again.',
  },
  ms: {
    'storage.file.exists': '{path} sudah wujud. Pilih nama lain; Caruman tidak pernah menggantikan fail yang anda tidak minta digantikan.',
    'storage.file.diskFull': 'Cakera penuh, jadi {path} tidak dapat ditulis. Tiada fail separuh siap ditinggalkan. Kosongkan sedikit ruang dan cuba lagi.',
    'storage.file.noPermission': 'Caruman tidak dibenarkan menulis {path}. Pilih folder lain.',
    'storage.file.writeFailed': '{path} tidak dapat ditulis ({reason}). Tiada fail separuh siap ditinggalkan.',
    'storage.file.notRegular.folder': '{path} ialah folder, bukan fail. Pilih fail di dalamnya.',
    'storage.file.notRegular.device': '{path} ialah peranti, bukan fail. Pilih fail biasa.',
    'storage.file.notRegular.pipe': '{path} ialah paip, bukan fail, jadi Caruman tidak membacanya. Simpan kandungannya sebagai fail dan pilih fail itu.',
    'storage.file.notRegular.socket': '{path} ialah soket, bukan fail. Pilih fail biasa.',
    'storage.file.notRegular.other': '{path} bukan fail biasa. Pilih fail biasa.',
    'storage.file.tooLarge': '{path} bersaiz {size}, lebih besar daripada had {limit} yang dibaca oleh Caruman untuk ini. Semak bahawa ia fail yang betul.',
    'storage.db.busy':
      'Fail data Caruman sedang sibuk: Caruman lain (aplikasi, atau arahan `caruman`) sedang menulis kepadanya. Tunggu sehingga ia selesai, kemudian cuba lagi. Tiada apa-apa yang diubah.',
    'storage.db.full': 'Cakera yang menyimpan data Caruman penuh, jadi tiada apa-apa dapat disimpan. Kosongkan sedikit ruang, kemudian cuba lagi. Tiada apa-apa yang diubah.',
    'storage.db.corrupt':
      'Fail data Caruman rosak ({path}). Jangan padamkannya. Pulihkan sandaran terkini anda (Sandaran → Pulihkan, atau `caruman restore FAIL`); fail yang rosak disimpan sebagai sandaran.',
    'storage.db.readOnly': 'Fail data Caruman tidak dapat ditulis ({path}): ia atau foldernya hanya-baca. Semak kebenarannya, kemudian cuba lagi.',
  },
});
