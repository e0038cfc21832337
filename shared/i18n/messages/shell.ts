import { defineMessages } from '../define';

// The words of the application frame: header, navigation, company switcher, full-screen errors.
export const shell = defineMessages({
  en: {
    'shell.skipToContent': 'Skip to main content',
    'shell.languageSwitch.label': 'Language/Bahasa',
    'shell.nav.label': 'Sections',
    'shell.company.choose': 'Choose a company…',
    'shell.company.noneYet': 'No company yet',
    'shell.company.option': '{name} ({employerCode})',
    'shell.company.codeLabel': 'Employer code',
    'shell.company.switched': 'Now working on {name} ({employerCode}).',
    'shell.company.noneChosen': 'No company chosen',
    'shell.company.required': 'Choose the company to work on, at the top of the window.',
    'shell.company.requiredNone': 'Add a company first: this part works on one company at a time.',
    'shell.company.goToCompanies': 'Go to Companies',
    'shell.error.title': 'Caruman cannot continue',
    'shell.error.reload': 'Reload',
  },
  ms: {
    'shell.skipToContent': 'Langkau ke kandungan utama',
    'shell.languageSwitch.label': 'Language/Bahasa',
    'shell.nav.label': 'Bahagian',
    'shell.company.choose': 'Pilih syarikat…',
    'shell.company.noneYet': 'Belum ada syarikat',
    'shell.company.option': '{name} ({employerCode})',
    'shell.company.codeLabel': 'Kod majikan',
    'shell.company.switched': 'Kini bekerja untuk {name} ({employerCode}).',
    'shell.company.noneChosen': 'Tiada syarikat dipilih',
    'shell.company.required': 'Pilih syarikat yang hendak diuruskan, di bahagian atas tetingkap.',
    'shell.company.requiredNone': 'Tambah syarikat dahulu: bahagian ini mengurus satu syarikat pada satu masa.',
    'shell.company.goToCompanies': 'Pergi ke Syarikat',
    'shell.error.title': 'Caruman tidak dapat diteruskan',
    'shell.error.reload': 'Muat semula',
  },
});
