import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Message } from '../i18n/messages';

/** The text under a field that says what is wrong; its id goes into the field's aria-describedby. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      {children}
    </p>
  );
}

/**
 * A refusal or failure of the whole form or panel, said at once (role="alert"); nothing when there
 * is none. `lead` says what failed before the reason ("The dashboard could not be loaded.").
 */
export function FormAlert({
  message,
  lead,
  testId,
}: {
  message: Message | null;
  lead?: ReactNode;
  testId?: string;
}) {
  const { say } = useI18n();
  return message ? (
    <p role="alert" className="form-error" data-testid={testId}>
      {lead ? <>{lead} </> : null}
      {say(message)}
    </p>
  ) : null;
}
