// Make a month's upload files (PERKESO's ASSIST files, and KWSP's Form A): choose the month, the folder and the files; see what they will
// hold (assist:preview) before anything is written; write them (assist:generate), asking before
// replacing files already there; then the files, their paths and the way to the portal. The
// month's state (assist:status) and every earlier generation (assist:runs) are shown below.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { AssistKind, GenerationReportView, MonthFileKind, MonthFilesStatus } from '../../../../shared/api/channels/assist';
import { ASSIST_KINDS } from '../../../../shared/assist/layouts';
import { defaultKinds, mixesCombinedWithSeparate } from '../../../../shared/assist/build';
import type { Company } from '../../../../shared/domain/company';
import { dueDate } from '../../../../shared/statutory/deadlines';
import { api, ApiError } from '../../api/client';
import { PathChooser } from '../../components/PathChooser';
import { choosePath } from '../../lib/dialogs';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';
import { hrefFor } from '../../routes';
import { MonthField } from '../../components/MonthField';
import { FileCards, ReportNotes } from './ReportDetails';
import { StatusPanel } from './StatusPanel';
import { AmountDue } from './AmountDue';
import { KindsChoice } from './KindsChoice';
import { WrittenPanel } from './WrittenPanel';
import { PackPanel } from './PackPanel';
import { YearEndPanel } from './YearEndPanel';
import { formatMonthName, monthToPayNow } from '../../../../shared/calendar';
import { monthFromHash } from '../../routes';
import { FormAlert } from '../../components/ErrorMessage';
import { ConfirmPanel } from '../../components/ConfirmPanel';

type Preview = GenerationReportView & { contents: Record<string, string> };

const MONTH_ERRORS = new Set(['assist.error.futureMonth']);
const KIND_ERRORS = new Set(['assist.error.combinedBeforeLindung', 'assist.error.combinedWithSeparate', 'assist.error.nothingToWrite']);
/** KWSP's Form A refused (no employer number, nobody to pay, an employee whose EPF cannot be worked out): said by its choice. */
const isKindError = (key: string) => KIND_ERRORS.has(key) || key.startsWith('monthFiles.');

/** The files asked for: PERKESO's as chosen, and KWSP's Form A when it is ticked. */
function formatsOf(kinds: readonly AssistKind[], withEpf: boolean): MonthFileKind[] {
  return withEpf ? [...kinds, 'epf'] : [...kinds];
}

export function MakeFiles({ company, desktop }: { company: Company; desktop: boolean }) {
  const { t, say, locale } = useI18n();
  const [month, setMonthState] = useState(() => monthFromHash(window.location.hash) ?? monthToPayNow());
  const [kinds, setKinds] = useState<AssistKind[]>(() => defaultKinds(month));
  // KWSP's Form A is made with PERKESO's files once the company has its KWSP employer number.
  const [withEpf, setWithEpf] = useState(() => Boolean(company.epfEmployerNumber));
  // Chosen in the main process's folder dialog, never typed (issue 12 item 4). A company without a
  // folder of its own is asked where each time it writes (the first run's promise).
  const [folder, setFolder] = useState<string | null>(company.outputFolder);
  const [folderError, setFolderError] = useState<Message | null>(null);
  const [kindsError, setKindsError] = useState<Message | null>(null);

  const [writing, setWriting] = useState(false);
  const [conflict, setConflict] = useState<{ folder: string; kinds: AssistKind[] } | null>(null);
  const [writeError, setWriteError] = useState<Message | null>(null);
  const [written, setWritten] = useState<GenerationReportView | null>(null);
  const [announce, setAnnounce] = useState<Message | null>(null);
  const [statusVersion, setStatusVersion] = useState(0);
  const [status, setStatus] = useState<MonthFilesStatus | null>(null);

  const folderRef = useRef<HTMLButtonElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const writtenRef = useRef<HTMLHeadingElement>(null);

  // After writing, focus goes to the result; after a refusal because files exist, to the question.
  useEffect(() => {
    if (written) writtenRef.current?.focus();
  }, [written]);
  useEffect(() => {
    if (conflict) replaceRef.current?.focus();
  }, [conflict]);

  // One array per choice (not per render): the preview loads again only when the choice changes.
  const formats = useMemo(() => formatsOf(kinds, withEpf), [kinds, withEpf]);

  function setMonth(next: string) {
    if (next === month) return;
    setMonthState(next);
    // The month stays in the address, so a reload (or coming back) shows the same month.
    window.history.replaceState(null, '', `${hrefFor('files')}?month=${next}`);
    setKinds(defaultKinds(next));
    setKindsError(null);
    setConflict(null);
    setWriteError(null);
    setWritten(null);
    setAnnounce(null);
  }

  // The preview follows the month and the files chosen (none chosen: nothing to preview), and is
  // read again after files are written or when asked.
  const preview = useLoad(
    async (): Promise<Preview | null> => (formats.length === 0 ? null : api.call('assist:preview', { companyId: company.id, month, formats })),
    [company.id, month, formats],
    { delayMs: 120, reloadOn: statusVersion },
  );

  const onStatus = useCallback((next: MonthFilesStatus) => {
    setStatus(next);
    // No folder of the company's own: the folder the month's files were last written to.
    const last = next.runs[0]?.folder;
    if (last) setFolder((now) => now ?? last);
  }, []);

  const failed = preview.error;
  const current = failed ? null : preview.value;
  const monthError = failed && MONTH_ERRORS.has(failed.key) ? failed : null;
  const kindError = kindsError ?? (failed && isKindError(failed.key) ? failed : null);
  const dataError = failed && !monthError && !kindError ? failed : null;

  function chooseKinds(next: AssistKind[]) {
    setKindsError(null);
    setConflict(null);
    setKinds(ASSIST_KINDS.filter((k) => next.includes(k)));
  }

  async function write(options: { folder: string | null; kinds: AssistKind[]; overwrite: boolean }) {
    if (writing) return;
    setWriteError(null);
    setAnnounce(null);
    if (formatsOf(options.kinds, withEpf).length === 0) {
      setKindsError({ key: 'files.kinds.none' });
      return;
    }
    if (blocked) return;
    let chosenFolder = options.folder;
    if (chosenFolder === null) {
      // No folder yet: ask where, now.
      try {
        chosenFolder = await choosePath('assistFiles', company.id);
      } catch (failure) {
        setFolderError(messageOf(failure));
        return;
      }
      if (chosenFolder === null) {
        setFolderError({ key: 'desktop.chooser.folderNeeded' });
        folderRef.current?.focus();
        return;
      }
      setFolder(chosenFolder);
    }
    setFolderError(null);
    setWriting(true);
    try {
      const report = await api.call('assist:generate', {
        companyId: company.id,
        month,
        folder: chosenFolder,
        formats: formatsOf(options.kinds, withEpf),
        overwrite: options.overwrite,
      });
      setConflict(null);
      setWritten(report);
      setAnnounce({ key: 'files.written.status', params: { count: report.files.length, folder: report.folder ?? chosenFolder } });
      setStatusVersion((n) => n + 1);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        setConflict({ folder: chosenFolder, kinds: options.kinds });
      } else if (failure instanceof ApiError && failure.field === 'folder') {
        const message = messageOf(failure);
        setFolderError({ ...message, params: { folder: chosenFolder, ...message.params } });
        folderRef.current?.focus();
      } else {
        setWriteError(messageOf(failure));
      }
    } finally {
      setWriting(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void write({ folder, kinds, overwrite: false });
  }

  function regenerate() {
    const last = status?.runs[0];
    // Runs made before the one-file rule may hold all three files: make the month's default now.
    const lastKinds = last ? ASSIST_KINDS.filter((k) => last.kinds.includes(k)) : kinds;
    const again = { folder: last?.folder ?? folder, kinds: mixesCombinedWithSeparate(lastKinds) ? defaultKinds(month) : lastKinds };
    setFolder(again.folder);
    setKinds(again.kinds);
    if (last) setWithEpf(last.kinds.includes('epf'));
    void write({ ...again, overwrite: false });
  }

  /** A problem in the data or the choices: nothing can be written until it is put right. */
  const blocked = Boolean(dataError || monthError || kindError);

  return (
    <div className="files-make">
      <p className="screen-intro">{t('files.intro')}</p>
      <AmountDue company={company} month={month} />
      <form className="panel files-form" onSubmit={submit} noValidate aria-label={t('files.tab.make')}>
        <div className="files-form-grid">
          <MonthField
            id="files-month"
            label={t('files.month.label')}
            hint={t('files.month.hint', { month, due: dueDate(month) })}
            error={monthError ? say(monthError) : null}
            month={month}
            onChange={setMonth}
          />
          <div className="files-folder">
            <PathChooser
              id="files-folder"
              label={t('files.folder.label')}
              hint={t('files.folder.hint')}
              purpose="assistFiles"
              companyId={company.id}
              path={folder}
              placeholder={t('files.folder.askEachTime')}
              error={folderError ? say(folderError) : null}
              buttonRef={folderRef}
              onChosen={(chosen) => {
                setFolder(chosen);
                setFolderError(null);
                setConflict(null);
              }}
            />
          </div>
          <KindsChoice
            month={month}
            kinds={kinds}
            onChange={chooseKinds}
            withEpf={withEpf}
            onEpfChange={(on) => {
              setKindsError(null);
              setConflict(null);
              setWithEpf(on);
            }}
            error={kindError ? say(kindError) : null}
          />
        </div>

        <StatusPanel company={company} month={month} version={statusVersion} onStatus={onStatus} onRegenerate={regenerate} busy={writing} desktop={desktop} />

        <section className="files-preview" aria-labelledby="files-preview-title" aria-busy={formats.length > 0 && !current && !failed}>
          <div className="section-head">
            <h2 id="files-preview-title">{t('files.preview.title')}</h2>
            <button type="button" className="button button-small button-quiet" onClick={() => setStatusVersion((n) => n + 1)}>
              {t('files.preview.refresh')}
            </button>
          </div>
          {formats.length === 0 ? null : dataError ? (
            <FormAlert message={dataError} lead={t('files.preview.failed')} testId="preview-error" />
          ) : current ? (
            <div data-testid="files-preview">
              <p className="muted">{t('files.preview.employees', { employees: current.employees, month })}</p>
              <FileCards files={current.files} />
              <ReportNotes report={current} />
            </div>
          ) : monthError || kindError ? null : (
            <p className="muted" role="status">
              {t('files.preview.loading')}
            </p>
          )}
        </section>

        {conflict ? (
          <ConfirmPanel
            id="files-conflict"
            testId="files-conflict"
            title={t('files.conflict.title')}
            folder={conflict.folder}
            confirmRef={replaceRef}
            confirmLabel={t('files.conflict.replace')}
            busyLabel={t('files.writing')}
            busy={writing}
            onConfirm={() => void write({ ...conflict, overwrite: true })}
            cancelLabel={t('files.conflict.cancel')}
            onCancel={() => setConflict(null)}
          >
            {t('files.conflict.body', { month: formatMonthName(month, locale) })}
          </ConfirmPanel>
        ) : null}

        <FormAlert message={writeError} />
        {dataError ? <p className="field-hint">{t('files.write.noPreview')}</p> : null}
        <div className="button-row files-actions">
          <button type="submit" className="button button-primary" aria-disabled={writing || blocked || undefined}>
            {writing ? t('files.writing') : t('files.write')}
          </button>
        </div>
        <p role="status" className="visually-hidden">
          {writing ? t('files.writing') : announce ? say(announce) : ''}
        </p>
      </form>

      {written ? <WrittenPanel report={written} company={company} desktop={desktop} headingRef={writtenRef} /> : null}

      <PackPanel company={company} month={month} onDone={() => setStatusVersion((n) => n + 1)} />
      <YearEndPanel company={company} />
    </div>
  );
}
