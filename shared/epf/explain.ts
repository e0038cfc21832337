// The explanation of an EPF result: sentences kept as message keys with parameters, so the
// renderer and the CLI say them in the user's language (translate(locale, item.key, item.params)).
// Built from the result's own fields, only when someone reads it.
import type { EpfMessageKey } from '../i18n/messages/epf';
import { formatRinggit } from '../money/sen';
import { bandEdges } from './bands';
import type { EpfResult } from './calculate';
import {
  BANDS,
  KEEP_11_PERCENT_PERIOD,
  NIL_WAGES_UP_TO_SEN,
  REDUCED_RATES_COVER_PART_B,
  RULE_MONTH,
} from './rules';
import { editionById } from './schedule';

export interface EpfExplanationItem {
  key: EpfMessageKey;
  params: Readonly<Record<string, string | number>>;
}

function item(key: EpfMessageKey, params: Record<string, string | number> = {}): EpfExplanationItem {
  return { key, params };
}

/** 1300 → "13", 650 → "6.5", 0 → "0". */
export function formatRateBp(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** An EPF share (always whole ringgit): 39000 → "RM390"; anything else with its sen. */
export function formatShare(sen: number): string {
  const text = formatRinggit(sen);
  return sen % 100 === 0 ? text.slice(0, -3) : text;
}

/** A band as in the Third Schedule: "RM2,980.01–3,000.00" is written {from}–{to}. */
export function bandLabel(index: number): { from: string; to: string } {
  const { fromSen, toSen } = bandEdges(index);
  return { from: formatRinggit(fromSen), to: formatRinggit(toSen).slice(2) };
}

const PART_SENTENCE: Readonly<Record<string, EpfMessageKey>> = {
  'A:citizen': 'epf.explain.part.A.citizen',
  'A:pr': 'epf.explain.part.A.pr',
  'A:pre1998': 'epf.explain.part.A.pre1998',
  'B:foreign_elected': 'epf.explain.part.B',
  'C:citizen': 'epf.explain.part.C.citizen',
  'C:pr': 'epf.explain.part.C.pr',
  'C:pre1998': 'epf.explain.part.C.pre1998',
  'D:foreign_elected': 'epf.explain.part.D',
  'E:citizen': 'epf.explain.part.E',
  'F:foreign': 'epf.explain.part.F.foreign',
  'F:foreign_elected': 'epf.explain.part.F.elected',
};

const NONE_SENTENCE: Readonly<Record<string, EpfMessageKey>> = {
  foreignNotElected: 'epf.explain.none.foreignNotElected',
  foreignDomestic: 'epf.explain.none.foreignDomestic',
  age75: 'epf.explain.none.age75',
};

export function explainEpf(r: EpfResult): EpfExplanationItem[] {
  const edition = editionById(r.edition);
  const out: EpfExplanationItem[] = [];
  out.push(
    r.age === null
      ? item('epf.explain.age.unknown')
      : item('epf.explain.age', { age: r.age, month: r.wageMonth }),
  );
  out.push(item('epf.explain.edition', { month: r.wageMonth, edition: edition.id }));
  if (r.bonusSen > 0) {
    out.push(
      item('epf.explain.bonus', {
        wages: formatRinggit(r.wagesSen),
        bonus: formatRinggit(r.bonusSen),
        total: formatRinggit(r.totalWagesSen),
      }),
    );
  }
  if (r.domesticFlagIgnored) out.push(item('epf.explain.domesticIgnored'));

  if (r.part === 'none') {
    if (r.reason === 'nilWages') {
      out.push(
        r.totalWagesSen === 0
          ? item('epf.explain.none.noWages')
          : item('epf.explain.none.nilWages', {
              wages: formatRinggit(r.totalWagesSen),
              limit: formatRinggit(NIL_WAGES_UP_TO_SEN),
            }),
      );
    } else out.push(item(NONE_SENTENCE[r.reason] as EpfMessageKey));
    return out;
  }

  const partKey = PART_SENTENCE[`${r.part}:${r.status}`];
  if (partKey) out.push(item(partKey));
  const rates = edition.parts[r.part];
  const cutRate = rates !== undefined && edition.employeeRateCut && (r.part === 'A' || r.part === 'B');
  if (r.keep11 === 'applied')
    out.push(item('epf.explain.keep11.applied', { table: r.employeeTableId ?? '' }));
  else if (cutRate) {
    out.push(
      item('epf.explain.rateCut', {
        rate: formatRateBp(rates.employeeBp),
        from: edition.id,
        to: edition.to ?? '',
      }),
    );
  }
  if (r.keep11 === 'outside_period')
    out.push(
      item('epf.explain.keep11.outsidePeriod', {
        month: r.wageMonth,
        from: KEEP_11_PERCENT_PERIOD.from,
        to: KEEP_11_PERCENT_PERIOD.to,
      }),
    );
  if (r.keep11 === 'not_below_60_part') out.push(item('epf.explain.keep11.notBelow60', { part: r.part }));

  // The table and the rates give the statutory shares; a voluntary excess is explained after them.
  const employer = formatShare(r.employerStatutorySen);
  const employee = formatShare(r.employeeStatutorySen);
  const wages = formatRinggit(r.totalWagesSen);
  switch (r.basis) {
    case 'table':
      out.push(
        item('epf.explain.band', {
          part: r.part,
          ...bandLabel(r.bandIndex),
          employer,
          employee,
          table: r.tableId ?? '',
        }),
      );
      break;
    case 'above_table':
      out.push(
        r.employerFlat
          ? item('epf.explain.aboveTable.flat', {
              part: r.part,
              wages,
              ceiling: formatRinggit(BANDS.tableCeilingSen),
              employer,
              employeeRate: formatRateBp(r.employeeRateBp),
              employee,
            })
          : item('epf.explain.aboveTable', {
              part: r.part,
              wages,
              ceiling: formatRinggit(BANDS.tableCeilingSen),
              employerRate: formatRateBp(r.employerRateBp),
              employer,
              employeeRate: formatRateBp(r.employeeRateBp),
              employee,
            }),
      );
      break;
    case 'bonus_rule':
      out.push(
        item('epf.explain.bonusRule', {
          wages: formatRinggit(r.wagesSen),
          total: wages,
          rate: formatRateBp(r.employerRateBp),
          employer,
        }),
      );
      out.push(
        r.bandIndex >= 0
          ? item('epf.explain.bonusRule.employeeBand', {
              ...bandLabel(r.bandIndex),
              employee,
              table: r.employeeTableId ?? '',
            })
          : item('epf.explain.bonusRule.employeePercent', {
              rate: formatRateBp(r.employeeRateBp),
              total: wages,
              employee,
            }),
      );
      break;
    case 'part_f':
      out.push(
        item('epf.explain.partF', {
          wages,
          employerRate: formatRateBp(r.employerRateBp),
          employer,
          employeeRate: formatRateBp(r.employeeRateBp),
          employee,
        }),
      );
      break;
    case 'none':
      break;
  }
  const paidEmployer = formatShare(r.employerSen);
  const paidEmployee = formatShare(r.employeeSen);
  if (r.employerVoluntaryExcessBp > 0) {
    out.push(
      r.employerFlat
        ? item('epf.explain.voluntary.employerFlat', {
            extra: formatRateBp(r.employerVoluntaryExcessBp),
            wages,
            statutory: employer,
            amount: paidEmployer,
          })
        : item('epf.explain.voluntary.employer', {
            extra: formatRateBp(r.employerVoluntaryExcessBp),
            rate: formatRateBp(r.employerRateBp + r.employerVoluntaryExcessBp),
            wages,
            statutory: employer,
            amount: paidEmployer,
          }),
    );
  }
  if (r.employeeVoluntaryExcessBp > 0) {
    out.push(
      item('epf.explain.voluntary.employee', {
        extra: formatRateBp(r.employeeVoluntaryExcessBp),
        rate: formatRateBp(r.employeeRateBp + r.employeeVoluntaryExcessBp),
        wages,
        statutory: employee,
        amount: paidEmployee,
      }),
    );
  }
  if (rates?.unconfirmed) out.push(item('epf.explain.table.unconfirmed', { table: r.tableId ?? '' }));
  // E2: the 2020–22 cuts for Part B are our choice (the 2016 cut covered Part B officially).
  const inE2Period = edition.fromIndex >= RULE_MONTH.keep11From && edition.fromIndex <= RULE_MONTH.keep11To;
  if (r.part === 'B' && REDUCED_RATES_COVER_PART_B && cutRate && inE2Period)
    out.push(item('epf.explain.partBCut'));
  return out;
}
