import { useT } from '../i18n/I18nProvider';

/** The app's name and tagline at the left of the header (the shell and the first start alike). */
export function Brand() {
  const t = useT();
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-text">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </span>
    </div>
  );
}
