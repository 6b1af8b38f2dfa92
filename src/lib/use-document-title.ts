import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab after the screen ("Sign in · Admin Console", in the reader's language), for the screens
 * whose h1 is not a `PageHeading` (which does the same from its own text). The app's name comes back on unmount.
 */
export function useDocumentTitle(title: string): void {
  const { t, i18n } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
  useEffect(() => () => void (document.title = i18n.t('appName')), [i18n]);
}
