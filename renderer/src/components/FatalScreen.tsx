// Full-screen message for when the app cannot run at all (no bridge, data that will not open, a
// crash while rendering). It may appear before the user's language is known, so it says the
// message in the last-known language first and then in the other one.
import { LOCALES, translate, type Locale } from '../../../shared/i18n/catalog';
import { say, type Message } from '../i18n/messages';

export function FatalScreen({ message, locale }: { message: Message; locale: Locale }) {
  const order = [locale, ...LOCALES.filter((other) => other !== locale)];
  return (
    <div className="fatal" role="alert" data-testid="fatal-screen">
      <div className="fatal-card">
        {order.map((language, index) => (
          <section key={language} lang={language} className={index === 0 ? 'fatal-primary' : 'fatal-secondary'}>
            {index === 0 ? (
              <h1>{translate(language, 'shell.error.title')}</h1>
            ) : (
              <h2>{translate(language, 'shell.error.title')}</h2>
            )}
            <p>{say(language, message)}</p>
          </section>
        ))}
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {translate(locale, 'shell.error.reload')}
        </button>
      </div>
    </div>
  );
}
