import type { MessageKey } from '../../../shared/i18n/catalog';
import { ScreenTitle } from '../components/ScreenTitle';
import { useT } from '../i18n/I18nProvider';

/** Stands in for a screen that is not built yet. */
export function PlaceholderScreen({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return (
    <section className="screen placeholder">
      <ScreenTitle>{t(titleKey)}</ScreenTitle>
      <p className="placeholder-text">{t('nav.comingSoon')}</p>
    </section>
  );
}
