// The hand-built CP39 file (tests/fixtures/pcb/cp39, README there) and the month it was built from.
import path from 'node:path';
import type { Cp39Employee } from '../../../shared/tax';
import { PCB_FIXTURES_DIR, senOf } from './spec-data';

export const GOLDEN_NAME = '009089151008_2026.txt';
export const GOLDEN_PATH = path.join(PCB_FIXTURES_DIR, 'cp39', GOLDEN_NAME);

const none = { oldIc: null, newIc: null, passport: null, countryCode: null };
/** The month's employees as the records hold them (README's table, first column). */
export const AUGUST_2026: Cp39Employee[] = [
  { ...none, employeeId: 1, name: 'Ahmad bin Abdullah', taxNumber: 'IG 531367-080', newIc: '530706-01-5641', employeeNumber: 'AB012283', pcbSen: senOf('900.00'), cp38Sen: 0 },
  { ...none, employeeId: 2, name: 'Siti Nurhaliza binti Tarudin', taxNumber: 'IG 10544355-081', newIc: '800520-10-5682', employeeNumber: 'AB012284', pcbSen: senOf('500.50'), cp38Sen: senOf('1000') },
  { ...none, employeeId: 3, name: 'Kumar a/l Muthusamy', taxNumber: 'IG 23456789010', oldIc: 'A 4457334', newIc: '880101085431', employeeNumber: 'K0007', pcbSen: senOf('108.20'), cp38Sen: senOf('500.50') },
  { ...none, employeeId: 4, name: 'José Müller', taxNumber: 'IG 9876543210', passport: 'J 1294567', countryCode: 'de', employeeNumber: 'F001', pcbSen: senOf('1000'), cp38Sen: 0 },
  { ...none, employeeId: 5, name: 'Lim Mei Ling', taxNumber: 'IG 12121212120', newIc: '670805-10-5436', employeeNumber: 'AB012288', pcbSen: 0, cp38Sen: 0 },
  { ...none, employeeId: 6, name: 'Tan Ah Kow', taxNumber: 'IG 11223344550', newIc: '640510-07-5213', employeeNumber: 'AB000009', pcbSen: 0, cp38Sen: senOf('250') },
  { ...none, employeeId: 7, name: 'Nur Aisyah bt. Rahman', taxNumber: 'IG 600700800', newIc: '920707-14-5688', employeeNumber: 'AB012290', pcbSen: senOf('86.67'), cp38Sen: 0 },
];
