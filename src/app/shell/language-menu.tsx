import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES } from '@/i18n/i18n';

export function LanguageMenu() {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const lng = currentLanguage();
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'language-menu' : undefined}
        aria-label={`${t('language.menu')}: ${t(`language.${lng}`)}`}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {lng.toUpperCase()}
      </Button>
      <Menu id="language-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((l) => (
          <MenuItem
            key={l}
            lang={l}
            selected={l === lng}
            onClick={() => {
              setAnchor(null);
              void changeLanguage(l);
            }}
          >
            {t(`language.${l}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
