// Which files to make for the month (STATUTORY.md §2.2, corrected). From June 2026 the one
// SOCSO + EIS + LINDUNG file (278 characters) is the upload; the SOCSO and EIS files (223
// characters) are a fallback, offered as the other choice so the two can never be made together
// (that would submit the same contributions twice). Before June 2026 there is no one file: the
// SOCSO file and the EIS file, two uploads.
import type { ReactNode } from 'react';
import type { AssistKind } from '../../../../shared/api/channels/assist';
import { defaultKinds } from '../../../../shared/assist/build';
import { compareMonths } from '../../../../shared/calendar';
import { rules } from '../../../../shared/statutory';
import { CheckField } from '../../components/Controls';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { kindLabelKey } from './ReportDetails';

const SEPARATE: readonly AssistKind[] = ['socso', 'eis'];

export function oneFileExists(month: string): boolean {
  return compareMonths(month, rules.LINDUNG_START_MONTH) >= 0;
}

export interface KindsChoiceProps {
  month: string;
  kinds: readonly AssistKind[];
  onChange(kinds: AssistKind[]): void;
  /** KWSP's Form A, made with the same wages (migration 9). */
  withEpf: boolean;
  onEpfChange(on: boolean): void;
  error: string | null;
}

export function KindsChoice({ month, kinds, onChange, withEpf, onEpfChange, error }: KindsChoiceProps) {
  const { t } = useI18n();
  const oneFile = oneFileExists(month);
  const choice: FileChoice = kinds.includes('lindung') ? 'one' : 'separate';
  const errorId = error ? 'files-kinds-error' : undefined;

  const separateBoxes = (
    <div className="files-kinds-separate">
      {SEPARATE.map((kind) => (
        <CheckField
          key={kind}
          id={`files-kind-${kind}`}
          label={t(kindLabelKey(kind))}
          checked={kinds.includes(kind)}
          onChange={(on) => onChange(SEPARATE.filter((k) => (k === kind ? on : kinds.includes(k))))}
        />
      ))}
    </div>
  );

  return (
    <fieldset
      className={['files-kinds', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[errorId, 'files-kinds-hint'].filter(Boolean).join(' ')}
      data-testid="files-kinds"
    >
      <legend className="field-label">{t('files.kinds.legend')}</legend>
      {oneFile ? (
        <>
          <p id="files-kinds-hint" className="field-hint">
            {t('files.kinds.hint.after', { month })}
          </p>
          <ChoiceOption choice="one" chosen={choice} onChoose={() => onChange(defaultKinds(month))} />
          <ChoiceOption choice="separate" chosen={choice} onChoose={() => onChange([...SEPARATE])}>
            {choice === 'separate' ? separateBoxes : null}
          </ChoiceOption>
        </>
      ) : (
        <>
          <p id="files-kinds-hint" className="field-hint">
            {t('files.kinds.hint.before')}
          </p>
          {separateBoxes}
        </>
      )}
      <div className="files-kinds-epf">
        <CheckField id="files-kind-epf" label={t('monthFiles.choice.epf')} hint={t('monthFiles.choice.epf.hint')} checked={withEpf} onChange={onEpfChange} />
      </div>
      {error ? <ErrorMessage id="files-kinds-error">{error}</ErrorMessage> : null}
    </fieldset>
  );
}

type FileChoice = 'one' | 'separate';

/** One of the two ways to send the month (a radio with its label and hint: files.choice.<choice>). */
function ChoiceOption({ choice, chosen, onChoose, children }: { choice: FileChoice; chosen: FileChoice; onChoose(): void; children?: ReactNode }) {
  const { t } = useI18n();
  const id = `files-choice-${choice}`;
  return (
    <div className="choice-option">
      <input type="radio" id={id} name="files-choice" checked={chosen === choice} aria-describedby={`${id}-hint`} onChange={onChoose} />
      <label htmlFor={id} className="check-label">
        {t(`files.choice.${choice}`)}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t(`files.choice.${choice}.hint`)}
      </p>
      {children}
    </div>
  );
}
