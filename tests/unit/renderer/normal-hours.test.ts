// Normal hours a day on the company details form: typed as hours, stored as whole minutes.
import { describe, expect, it } from 'vitest';
import { hoursText, typedMinutes } from '../../../renderer/src/screens/companies/normal-hours';

describe('normal hours a day', () => {
  it('are read as hours, hours and minutes, or a decimal that makes whole minutes, as the Payroll screen reads hours', () => {
    expect([typedMinutes('8'), typedMinutes(' 8:30 '), typedMinutes('7.5'), typedMinutes('7.25'), typedMinutes('9.05')]).toEqual([480, 510, 450, 435, 543]);
    // The unit said after the number, in either language, as on the Payroll screen.
    expect([typedMinutes('8 jam'), typedMinutes('8h'), typedMinutes('7.5 hours')]).toEqual([480, 480, 450]);
  });

  it('anything else is not a number of minutes (the schema refuses it), never a guess', () => {
    // "7,25" too: a comma in a number is a thousands separator everywhere in Caruman (CHOSEN, shared/payroll/hours.ts).
    for (const text of ['', '7,25', '8:5', '8:60', '7.333', '-8', '8 jam kerja', '1e1']) expect(typedMinutes(text), text).toBeNaN();
  });

  it('are shown as hours, with minutes when there are any', () => {
    expect([hoursText(480), hoursText(510), hoursText(435)]).toEqual(['8', '8:30', '7:15']);
  });
});
