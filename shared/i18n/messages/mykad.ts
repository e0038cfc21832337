// Words of the MyKad parser (shared/mykad).
import { defineMessages } from '../define';

export const mykad = defineMessages({
  en: {
    'mykad.error.empty': 'Type the MyKad number: 12 digits, e.g. 800101-14-5678.',
    'mykad.error.characters': 'A MyKad number has only digits (dashes allowed, as in 800101-14-5678); "{value}" has other characters.',
    'mykad.error.length': 'A MyKad number has 12 digits; "{value}" has {count}.',
    'mykad.error.separators': 'Dashes in a MyKad number go after the 6th and 8th digits, as in 800101-14-5678; check "{value}".',
    'mykad.error.date': 'The first six digits of a MyKad number are the date of birth (YYMMDD), but {digits} is not a real date.',
    'mykad.warning.placeOfBirth': 'The place-of-birth code {code} (digits 7 and 8) is not one that is issued. Check the number against the card.',
    'mykad.gender.male': 'Male',
    'mykad.gender.female': 'Female',
  },
  ms: {
    'mykad.error.empty': 'Taip nombor MyKad: 12 digit, contohnya 800101-14-5678.',
    'mykad.error.characters': 'Nombor MyKad hanya mengandungi digit (sempang dibenarkan, seperti 800101-14-5678); "{value}" mengandungi aksara lain.',
    'mykad.error.length': 'Nombor MyKad mempunyai 12 digit; "{value}" mempunyai {count}.',
    'mykad.error.separators': 'Sempang dalam nombor MyKad diletakkan selepas digit ke-6 dan ke-8, seperti 800101-14-5678; semak "{value}".',
    'mykad.error.date': 'Enam digit pertama nombor MyKad ialah tarikh lahir (YYMMDD), tetapi {digits} bukan tarikh yang sah.',
    'mykad.warning.placeOfBirth': 'Kod tempat lahir {code} (digit ke-7 dan ke-8) bukan kod yang dikeluarkan. Semak nombor dengan kad.',
    'mykad.gender.male': 'Lelaki',
    'mykad.gender.female': 'Perempuan',
  },
});

export type MyKadMessageKey = keyof typeof mykad.en;
