// What the month costs, in sight above the grid (never only in its far-right column): the amount
// to pay PERKESO, each scheme's share, and how much of it comes out of the employees' pay; beside
// it, the amounts to pay KWSP (EPF) and LHDN (PCB, CP38). It follows the typing, and says so while that is not saved yet.
import { formatRinggit } from '../../../../shared/money/sen';
import { formatMonthName } from '../../../../shared/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import type { Totals } from './model';

export interface AmountDueProps {
  month: string;
  totals: Totals;
  /** PCB and CP38 of the saved wages (null while they are worked out). */
  pcb: { pcb: number; cp38: number } | null;
  /** Rows changed and not saved: the amount includes them. */
  unsaved: boolean;
  /** Rows left out until a cell is fixed. */
  invalidRows: number;
  /** LINDUNG 24 Jam is in force this month (from 2026-06): otherwise it is not mentioned. */
  lindung: boolean;
}

export function AmountDue({ month, totals, pcb, unsaved, invalidRows, lindung }: AmountDueProps) {
  const { t, locale } = useI18n();
  const schemes = [
    { id: 'socso', label: t('wages.due.socso'), sen: totals.socsoEmployer + totals.socsoEmployee },
    { id: 'eis', label: t('wages.due.eis'), sen: totals.eisEmployer + totals.eisEmployee },
    ...(lindung ? [{ id: 'lindung', label: t('wages.due.lindung'), sen: totals.lindung }] : []),
  ];
  return (
    <div className="amount-due-group">
      <section className="amount-due" aria-labelledby="amount-due-title" data-testid="amount-due">
        <h2 id="amount-due-title" className="amount-due-title">
          {t('wages.due.title', { month: formatMonthName(month, locale) })}
        </h2>
        <p className="amount-due-total" data-testid="due-total">
          {formatRinggit(totals.total)}
        </p>
        <dl className="amount-due-schemes">
          {schemes.map((scheme) => (
            <div key={scheme.id} data-testid={`due-${scheme.id}`}>
              <dt>{scheme.label}</dt>
              <dd>{formatRinggit(scheme.sen)}</dd>
            </div>
          ))}
        </dl>
        <p className="amount-due-split" data-testid="due-split">
          {t('wages.due.split', { employer: formatRinggit(totals.employer), employee: formatRinggit(totals.employee) })}
          {unsaved || invalidRows > 0 ? (
            <span className="amount-due-note" data-testid="due-note">
              {unsaved ? ` ${t('wages.due.unsaved')}` : null}
              {invalidRows > 0 ? ` ${t('wages.due.invalid', { count: invalidRows })}` : null}
            </span>
          ) : null}
        </p>
      </section>
      {/* EPF is paid to KWSP, apart from PERKESO, by the 15th of the next month. */}
      <section className="amount-due amount-due-epf" aria-labelledby="amount-due-epf-title" data-testid="due-epf">
        <h2 id="amount-due-epf-title" className="amount-due-title">
          {t('wages.due.epf.title', { month: formatMonthName(month, locale) })}
        </h2>
        <p className="amount-due-total" data-testid="due-epf-total">
          {formatRinggit(totals.epfEmployer + totals.epfEmployee)}
        </p>
        <p className="amount-due-split" data-testid="due-epf-split">
          {t('wages.due.split', { employer: formatRinggit(totals.epfEmployer), employee: formatRinggit(totals.epfEmployee) })}
        </p>
      </section>
      {/* PCB and CP38 go to LHDN by the 15th of the next month (CP39). */}
      <section className="amount-due amount-due-epf" aria-labelledby="amount-due-pcb-title" data-testid="due-pcb">
        <h2 id="amount-due-pcb-title" className="amount-due-title">
          {t('wages.due.pcb.title', { month: formatMonthName(month, locale) })}
        </h2>
        <p className="amount-due-total" data-testid="due-pcb-total" title={unsaved ? t('wages.due.pcb.unsaved') : undefined}>
          {pcb ? formatRinggit(pcb.pcb + pcb.cp38) : '…'}
          {unsaved ? <span className="amount-due-note"> *</span> : null}
        </p>
        <p className="amount-due-split" data-testid="due-pcb-split">
          {pcb ? t('wages.due.pcb.split', { pcb: formatRinggit(pcb.pcb), cp38: formatRinggit(pcb.cp38) }) : null}
          {unsaved ? <span className="visually-hidden"> {t('wages.due.pcb.unsaved')}</span> : null}
        </p>
      </section>
    </div>
  );
}
