import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/i18n/i18n';
import { prefetchMenus } from './prefetch-menus';

const LanguageMenuList = lazy(() => import('./menu-lists').then((m) => ({ default: m.LanguageMenuList })));

export function LanguageMenu() {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first opening on, so the menu can close with its transition.
  const [used, setUsed] = useState(false);
  if (anchor && !used) setUsed(true);
  const lng = currentLanguage();
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'language-menu' : undefined}
        aria-label={t('language.button', { code: lng.toUpperCase(), name: t(`language.${lng}`) })}
        onClick={(e) => setAnchor(e.currentTarget)}
        onMouseEnter={prefetchMenus}
        onFocus={prefetchMenus}
      >
        {lng.toUpperCase()}
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <LanguageMenuList anchor={anchor} lng={lng} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
