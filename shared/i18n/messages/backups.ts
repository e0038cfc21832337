import { defineMessages } from '../define';

export const backups = defineMessages({
  en: {
    'backups.title': 'Backups',
    'backups.create': 'Back up now',
    'backups.createTo': 'Save a backup as…',
    'backups.restore': 'Restore a backup…',
    'backups.restore.confirm':
      'Replace all of Caruman’s data with the backup from {createdAt, date}? Your current data is kept as a backup first, so you can go back.',
    'backups.created': 'Backup saved: {file}',
    'backups.restored': 'Backup restored. Your previous data was kept in {file}.',
    'backups.empty': 'No backups yet. Caruman makes one every day you use it.',
    'backups.reason.daily': 'Daily',
    'backups.reason.manual': 'Made by you',
    'backups.reason.before-import': 'Before an import',
    'backups.reason.before-restore': 'Data replaced by a restore',
    'backups.reason.before-migration': 'Before an update',
    'backups.error.path.required': 'Choose a file.',
    'backups.error.path.notAbsolute': 'Give the full path of the file (for example C:\\Backups\\caruman.sqlite), not "{path}".',
    'backups.error.fileMissing': 'There is no file at {path}. Check the name and the folder.',
    'backups.error.notBackup': 'This file is not a Caruman backup: {path}. Choose a file Caruman saved as a backup.',
    'backups.error.damaged':
      'This backup file is damaged and cannot be restored ({detail}). Your current data was not changed. Choose another backup.',
    'backups.error.newerVersion':
      'This backup was saved by a newer Caruman (data version {found}; this app understands up to {supported}). Update Caruman, then restore it. Your current data was not changed.',
    'backups.error.targetExists': 'A file already exists at {path}. Choose another name, or replace it on purpose (--force).',
    'backups.error.targetIsFolder': '{path} is a folder. Give a file name inside it.',
    'backups.error.folderMissing': 'The folder {folder} does not exist. Create it or choose another folder.',
    'backups.error.targetIsDatabase': 'That is Caruman’s own data file. Choose another place for the backup.',
    'backups.error.sourceIsDatabase': 'That is Caruman’s own data file, which is already in use. Choose a backup file.',
    'backups.error.diskFull': 'The disk is full, so the backup could not be written to {path}. Free some space and try again.',
    'backups.error.noPermission': 'Caruman is not allowed to write to {path}. Choose another folder.',
    'backups.error.writeFailed': 'The backup could not be written to {path} ({reason}). Nothing was changed.',
    'backups.error.copyCheckFailed':
      'The backup copy did not pass its check ({detail}) and was thrown away. Try again; if it happens again, copy the data folder by hand.',
    'backups.error.inUse':
      'Caruman’s data is open in another Caruman window or command. Close it, then restore again. Nothing was changed.',
    'backups.error.restoreUndone':
      'The backup could not be opened after restoring ({reason}), so your previous data was put back. A copy of it is in {backup}.',
    'backups.error.putBackFailed':
      'Restoring failed and Caruman could not put your previous data back by itself. Your previous data is safe in {backup}: restore that file.',
    'backups.error.overwriteNotBackup': '{path} is not a Caruman backup, so it was not replaced. Choose a new file name.',
    'backups.error.unexpectedSchema':
      'This file is not a genuine Caruman backup: it holds what no Caruman database has ({detail}). It may have been changed by another program, so it was not restored. Your current data was not changed.',
  },
  ms: {
    'backups.title': 'Sandaran',
    'backups.create': 'Buat sandaran sekarang',
    'backups.createTo': 'Simpan sandaran sebagai…',
    'backups.restore': 'Pulihkan sandaran…',
    'backups.restore.confirm':
      'Gantikan semua data Caruman dengan sandaran dari {createdAt, date}? Data semasa anda disimpan sebagai sandaran dahulu, jadi anda boleh kembali kepadanya.',
    'backups.created': 'Sandaran disimpan: {file}',
    'backups.restored': 'Sandaran dipulihkan. Data anda sebelum ini disimpan di {file}.',
    'backups.empty': 'Belum ada sandaran. Caruman membuat satu setiap hari anda menggunakannya.',
    'backups.reason.daily': 'Harian',
    'backups.reason.manual': 'Dibuat oleh anda',
    'backups.reason.before-import': 'Sebelum import',
    'backups.reason.before-restore': 'Data yang diganti oleh pemulihan',
    'backups.reason.before-migration': 'Sebelum kemas kini',
    'backups.error.path.required': 'Pilih satu fail.',
    'backups.error.path.notAbsolute': 'Berikan laluan penuh fail (contohnya C:\\Backups\\caruman.sqlite), bukan "{path}".',
    'backups.error.fileMissing': 'Tiada fail di {path}. Semak nama dan foldernya.',
    'backups.error.notBackup': 'Fail ini bukan sandaran Caruman: {path}. Pilih fail yang disimpan oleh Caruman sebagai sandaran.',
    'backups.error.damaged':
      'Fail sandaran ini rosak dan tidak boleh dipulihkan ({detail}). Data semasa anda tidak diubah. Pilih sandaran lain.',
    'backups.error.newerVersion':
      'Sandaran ini disimpan oleh Caruman yang lebih baharu (versi data {found}; aplikasi ini memahami sehingga {supported}). Kemas kini Caruman, kemudian pulihkannya. Data semasa anda tidak diubah.',
    'backups.error.targetExists': 'Sudah ada fail di {path}. Pilih nama lain, atau gantikannya dengan sengaja (--force).',
    'backups.error.targetIsFolder': '{path} ialah folder. Berikan nama fail di dalamnya.',
    'backups.error.folderMissing': 'Folder {folder} tidak wujud. Ciptanya atau pilih folder lain.',
    'backups.error.targetIsDatabase': 'Itu fail data Caruman sendiri. Pilih tempat lain untuk sandaran.',
    'backups.error.sourceIsDatabase': 'Itu fail data Caruman sendiri yang sedang digunakan. Pilih fail sandaran.',
    'backups.error.diskFull': 'Cakera penuh, jadi sandaran tidak dapat ditulis ke {path}. Kosongkan sedikit ruang dan cuba lagi.',
    'backups.error.noPermission': 'Caruman tidak dibenarkan menulis ke {path}. Pilih folder lain.',
    'backups.error.writeFailed': 'Sandaran tidak dapat ditulis ke {path} ({reason}). Tiada apa-apa yang diubah.',
    'backups.error.copyCheckFailed':
      'Salinan sandaran gagal semakan ({detail}) dan telah dibuang. Cuba lagi; jika berulang, salin folder data secara manual.',
    'backups.error.inUse':
      'Data Caruman sedang dibuka dalam tetingkap atau arahan Caruman lain. Tutupnya, kemudian pulihkan semula. Tiada apa-apa yang diubah.',
    'backups.error.restoreUndone':
      'Sandaran tidak dapat dibuka selepas dipulihkan ({reason}), jadi data anda sebelum ini dikembalikan. Salinannya ada di {backup}.',
    'backups.error.putBackFailed':
      'Pemulihan gagal dan Caruman tidak dapat mengembalikan data anda sebelum ini dengan sendirinya. Data anda sebelum ini selamat di {backup}: pulihkan fail itu.',
    'backups.error.overwriteNotBackup': '{path} bukan sandaran Caruman, jadi ia tidak diganti. Pilih nama fail baharu.',
    'backups.error.unexpectedSchema':
      'Fail ini bukan sandaran Caruman yang tulen: ia mengandungi perkara yang tiada dalam mana-mana pangkalan data Caruman ({detail}). Ia mungkin telah diubah oleh program lain, jadi ia tidak dipulihkan. Data semasa anda tidak diubah.',
  },
});
