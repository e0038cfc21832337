// Words of the `caruman` command's output (tables, headings, summary lines), so the CLI speaks
// the chosen language (CARUMAN_LANG, else the app's setting) in everything it prints. Column
// headings are upper case in both languages, as command-line tables usually are.
import { defineMessages } from '../define';

export const cli = defineMessages({
  en: {
    'cli.export.written': '{code} {month, month}: {count, plural, one {# file} other {# files}} written to {folder}',
    'cli.export.file': '{file}: {records, plural, one {# record} other {# records}}, total {total}',
    'cli.export.parts': 'SOCSO {socso}, EIS {eis}, LINDUNG {lindung}',
    'cli.export.leftOut': 'left out of {file}: {name} ({id}): {reason}',
    'cli.export.nameChanged': 'name changed: {message}',
    'cli.warning': 'warning: {message}',
    'cli.error.noEmployeeWithId': 'no employee of this company has the ID number {id}; see `caruman employees list`',
    'cli.check.totals': '{records, plural, one {# record} other {# records}}, total {total}',
    'cli.check.wholeFile': 'file',
    'cli.check.line': 'line {line}',
    'cli.check.lineColumn': 'line {line}, column {column}',
    'cli.check.error': 'error',
    'cli.check.warning': 'warning',
    'cli.check.ok': 'OK: no errors.',
    'cli.check.okWarnings': 'OK: no errors ({warnings, plural, one {# warning} other {# warnings}}).',
    'cli.check.failed': '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  },
  ms: {
    'cli.export.written': '{code} {month, month}: {count} fail ditulis ke {folder}',
    'cli.export.file': '{file}: {records} rekod, jumlah {total}',
    'cli.export.parts': 'PERKESO {socso}, SIP {eis}, LINDUNG {lindung}',
    'cli.export.leftOut': 'tidak dimasukkan dalam {file}: {name} ({id}): {reason}',
    'cli.export.nameChanged': 'nama diubah: {message}',
    'cli.warning': 'amaran: {message}',
    'cli.error.noEmployeeWithId': 'tiada pekerja syarikat ini dengan nombor pengenalan {id}; lihat `caruman employees list`',
    'cli.check.totals': '{records} rekod, jumlah {total}',
    'cli.check.wholeFile': 'fail',
    'cli.check.line': 'baris {line}',
    'cli.check.lineColumn': 'baris {line}, lajur {column}',
    'cli.check.error': 'ralat',
    'cli.check.warning': 'amaran',
    'cli.check.ok': 'OK: tiada ralat.',
    'cli.check.okWarnings': 'OK: tiada ralat ({warnings} amaran).',
    'cli.check.failed': '{errors} ralat, {warnings} amaran.',
  },
});
