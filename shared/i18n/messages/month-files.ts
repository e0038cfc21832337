import { defineMessages } from '../define';

// The month's files beyond ASSIST: KWSP's Form A and LHDN's CP39 — what stops them, what to know
// before writing them, and how to fix it.
export const monthFiles = defineMessages({
  en: {
    'monthFiles.kind.epf': 'KWSP Form A',
    'monthFiles.kind.epf-csv': 'KWSP Form A (CSV, less certain)',
    'monthFiles.kind.pcb': 'LHDN CP39 (PCB and CP38)',
    'monthFiles.parts.epfWages': 'EPF wages',
    'monthFiles.parts.epfEmployer': 'Employer’s share',
    'monthFiles.parts.epfEmployee': 'Employee’s share',
    'monthFiles.parts.pcb': 'PCB ({count, plural, one {# employee} other {# employees}})',
    'monthFiles.parts.cp38': 'CP38 ({count, plural, one {# employee} other {# employees}})',
    'monthFiles.choice.epf': 'Also the KWSP Form A',
    'monthFiles.choice.epf.hint': 'The file for KWSP’s i-Akaun (Majikan), made with the same wages. Needs the company’s KWSP employer number.',
    'monthFiles.next.epf': 'Then upload {file} in KWSP’s i-Akaun (Majikan) and pay KWSP.',
    'monthFiles.next.pcb': 'Then upload {file} in LHDN’s e-PCB Plus and pay LHDN.',
    'monthFiles.notMade.title': '{count, plural, one {# file not made} other {# files not made}}',
    'monthFiles.cli.epfParts': 'EPF wages {wages}, employer {employer}, employee {employee}',
    'monthFiles.cli.pcbParts': 'PCB {pcb} ({pcbCount}), CP38 {cp38} ({cp38Count})',
    'monthFiles.cli.notMade': 'not made: {message}',
    'monthFiles.pack.title': 'Month-end pack',
    'monthFiles.pack.hint':
      'Everything {month, month} needs, written into this company’s own folder, in a folder named for the month: PERKESO’s file, and KWSP’s Form A and LHDN’s CP39 when the company has their employer numbers. Then the payslips (a PDF each and one with them all), the payroll summary and journal for your accountant, the payment list for the bank, and a README.txt listing them. Until the month is finalised they are marked DRAFT.',
    'monthFiles.pack.action': 'Write the month-end pack',
    'monthFiles.pack.busy': 'Writing the pack…',
    'monthFiles.pack.done': '{count, plural, one {# file} other {# files}} written to {folder}.',
    'monthFiles.error.formatUnknown': '"{value}" is not a kind of file Caruman writes. Choose from: {known}.',
    'monthFiles.error.formatEmpty': 'Name at least one kind of file (for example socso,eis or epf).',
    'monthFiles.error.epfBothForms':
      'The Form A text file and its CSV form are the same contributions: choose one of them, or KWSP may receive them twice.',
    'monthFiles.error.refusedMany': '{problem, message} ({more, plural, one {# more problem} other {# more problems}} with the {file}: look at the list before writing.)',
    'monthFiles.warning.notMade':
      'The {file} is not made this time: {problem, message}{count, plural, one {} other { (and # more problems: see the list)}} The other files are made.',

    'monthFiles.epf.noEmployerNumber':
      '{company} has no KWSP employer number, so no Form A can be made. Enter it in the company’s details (Companies), then make the files again.',
    'monthFiles.epf.notMadeNoNumber':
      'No KWSP Form A is made: {company} has no KWSP employer number yet. Enter it in the company’s details (Companies) to make the Form A with the other files.',
    'monthFiles.epf.noMemberNumber':
      '{name} ({idNumber}) has no KWSP member number: written as zeros, and KWSP may not credit the contribution. Enter the member number in the employee’s details (Employees) when KWSP gives it.',
    'monthFiles.epf.nobodyToPay': 'Nobody has KWSP contributions for the wages of {month, month}: no Form A is made.',
    'monthFiles.epf.cannotCompute':
      'The EPF of {name} ({idNumber}) cannot be worked out: {reason, message} Correct the employee’s details, then make the files again.',

    'monthFiles.pcb.noEmployerNumber':
      '{company} has no LHDN employer number (E number, like E 908915-10), so no CP39 can be made. Enter it in the company’s details (Companies), then make the files again.',
    'monthFiles.pcb.notMadeNoNumber':
      'No CP39 is made: {company} has no LHDN employer number (E number) yet. If anyone has PCB deducted, enter it in the company’s details (Companies).',
    'monthFiles.pcb.nobodyToPay': 'Nobody has PCB or CP38 deducted in {month, month}: no CP39 is made (there is nothing to remit to LHDN).',
    'monthFiles.pcb.payRunRefused':
      'The PCB of {month, month} is not known while the pay run cannot pay {count, plural, one {# employee} other {# employees}} as entered ({names}): no CP39 is made. Correct their month in the wages, then make the files again.',
    'monthFiles.pcb.notYet': 'Caruman cannot make the CP39 yet: the month’s PCB comes from the pay run, which is not available here.',
    'monthFiles.pcb.staffNumberTooLong':
      '{name}: the staff number {value} is longer than the {max} characters the CP39 holds, so the CP39 leaves it blank. Use a staff number of at most {max} characters to have it written.',
    'monthFiles.pcb.noCountryCode':
      '{name} is paid under passport {passport}: the CP39 asks for the country that issued it, which Caruman does not record. Add it in e-PCB Plus after uploading, if LHDN asks.',
  },
  ms: {
    'monthFiles.kind.epf': 'Borang A KWSP',
    'monthFiles.kind.epf-csv': 'Borang A KWSP (CSV, kurang pasti)',
    'monthFiles.kind.pcb': 'CP39 LHDN (PCB dan CP38)',
    'monthFiles.parts.epfWages': 'Gaji KWSP',
    'monthFiles.parts.epfEmployer': 'Syer majikan',
    'monthFiles.parts.epfEmployee': 'Syer pekerja',
    'monthFiles.parts.pcb': 'PCB ({count} pekerja)',
    'monthFiles.parts.cp38': 'CP38 ({count} pekerja)',
    'monthFiles.choice.epf': 'Juga Borang A KWSP',
    'monthFiles.choice.epf.hint': 'Fail untuk i-Akaun (Majikan) KWSP, dibuat daripada gaji yang sama. Memerlukan nombor majikan KWSP syarikat.',
    'monthFiles.next.epf': 'Kemudian muat naik {file} di i-Akaun (Majikan) KWSP dan bayar KWSP.',
    'monthFiles.next.pcb': 'Kemudian muat naik {file} di e-PCB Plus LHDN dan bayar LHDN.',
    'monthFiles.notMade.title': '{count} fail tidak dibuat',
    'monthFiles.cli.epfParts': 'Gaji KWSP {wages}, majikan {employer}, pekerja {employee}',
    'monthFiles.cli.pcbParts': 'PCB {pcb} ({pcbCount}), CP38 {cp38} ({cp38Count})',
    'monthFiles.cli.notMade': 'tidak dibuat: {message}',
    'monthFiles.pack.title': 'Pek akhir bulan',
    'monthFiles.pack.hint':
      'Semua yang diperlukan bagi {month, month}, ditulis ke dalam folder syarikat ini sendiri, dalam folder yang dinamakan mengikut bulan: fail PERKESO, serta Borang A KWSP dan CP39 LHDN apabila syarikat ada nombor majikannya. Kemudian slip gaji (satu PDF setiap pekerja dan satu untuk semua), ringkasan gaji dan jurnal untuk akauntan anda, senarai bayaran untuk bank, dan README.txt yang menyenaraikannya. Selagi bulan itu belum dimuktamadkan, semuanya ditanda DRAFT.',
    'monthFiles.pack.action': 'Tulis pek akhir bulan',
    'monthFiles.pack.busy': 'Menulis pek…',
    'monthFiles.pack.done': '{count} fail ditulis ke {folder}.',
    'monthFiles.error.formatUnknown': '"{value}" bukan jenis fail yang ditulis oleh Caruman. Pilih daripada: {known}.',
    'monthFiles.error.formatEmpty': 'Namakan sekurang-kurangnya satu jenis fail (contohnya socso,eis atau epf).',
    'monthFiles.error.epfBothForms':
      'Fail teks Borang A dan bentuk CSVnya ialah caruman yang sama: pilih salah satu, jika tidak KWSP mungkin menerimanya dua kali.',
    'monthFiles.error.refusedMany': '{problem, message} ({more} masalah lagi dengan {file}: lihat senarai sebelum menulis.)',
    'monthFiles.warning.notMade':
      '{file} tidak dibuat kali ini: {problem, message}{count, plural, one {} other { (dan # masalah lagi: lihat senarai)}} Fail-fail lain dibuat.',

    'monthFiles.epf.noEmployerNumber':
      '{company} tiada nombor majikan KWSP, jadi Borang A tidak dapat dibuat. Masukkannya dalam butiran syarikat (Syarikat), kemudian buat fail semula.',
    'monthFiles.epf.notMadeNoNumber':
      'Borang A KWSP tidak dibuat: {company} belum ada nombor majikan KWSP. Masukkannya dalam butiran syarikat (Syarikat) supaya Borang A dibuat bersama fail-fail lain.',
    'monthFiles.epf.noMemberNumber':
      '{name} ({idNumber}) tiada nombor ahli KWSP: ditulis sebagai sifar, dan KWSP mungkin tidak mengkreditkan caruman. Masukkan nombor ahli dalam butiran pekerja (Pekerja) apabila KWSP memberikannya.',
    'monthFiles.epf.nobodyToPay': 'Tiada sesiapa yang ada caruman KWSP bagi gaji {month, month}: Borang A tidak dibuat.',
    'monthFiles.epf.cannotCompute':
      'KWSP {name} ({idNumber}) tidak dapat dikira: {reason, message} Betulkan butiran pekerja, kemudian buat fail semula.',

    'monthFiles.pcb.noEmployerNumber':
      '{company} tiada nombor majikan LHDN (nombor E, seperti E 908915-10), jadi CP39 tidak dapat dibuat. Masukkannya dalam butiran syarikat (Syarikat), kemudian buat fail semula.',
    'monthFiles.pcb.notMadeNoNumber':
      'CP39 tidak dibuat: {company} belum ada nombor majikan LHDN (nombor E). Jika ada pekerja yang dipotong PCB, masukkannya dalam butiran syarikat (Syarikat).',
    'monthFiles.pcb.nobodyToPay': 'Tiada sesiapa yang dipotong PCB atau CP38 pada {month, month}: CP39 tidak dibuat (tiada apa-apa untuk diremit kepada LHDN).',
    'monthFiles.pcb.payRunRefused':
      'PCB {month, month} tidak diketahui selagi larian gaji tidak dapat membayar {count} pekerja seperti yang dimasukkan ({names}): CP39 tidak dibuat. Betulkan bulan mereka dalam gaji, kemudian buat fail semula.',
    'monthFiles.pcb.notYet': 'Caruman belum dapat membuat CP39: PCB bulan ini datang daripada larian gaji, yang tiada di sini.',
    'monthFiles.pcb.staffNumberTooLong':
      '{name}: nombor kakitangan {value} melebihi {max} aksara yang boleh dimuatkan dalam CP39, jadi CP39 membiarkannya kosong. Gunakan nombor kakitangan paling banyak {max} aksara supaya ia ditulis.',
    'monthFiles.pcb.noCountryCode':
      '{name} dibayar dengan pasport {passport}: CP39 meminta negara yang mengeluarkannya, yang tidak direkodkan oleh Caruman. Tambahkannya dalam e-PCB Plus selepas memuat naik, jika LHDN memintanya.',
  },
});
