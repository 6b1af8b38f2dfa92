import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '@/api/schemas/session';
import { changeLanguage, LANGUAGES, type Language } from '@/i18n/i18n';
import { useSignOut } from '@/session/session-api';

/**
 * The top bar's menus (Menu, Popover, Modal): their own chunk, fetched when a menu button is hovered, focused
 * or first opened, so the first load carries only the buttons.
 */
interface MenuListProps {
  anchor: HTMLElement | null;
  onClose: () => void;
}

export function LanguageMenuList({ anchor, onClose, lng }: MenuListProps & { lng: Language }) {
  const { t } = useTranslation();
  return (
    <Menu id="language-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      {LANGUAGES.map((l) => (
        <MenuItem
          key={l}
          lang={l}
          selected={l === lng}
          onClick={() => {
            onClose();
            void changeLanguage(l);
          }}
        >
          {t(`language.${l}`)}
        </MenuItem>
      ))}
    </Menu>
  );
}

export function AccountMenuList({ anchor, onClose, session }: MenuListProps & { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Menu id="account-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      <MenuItem disabled>
        <ListItemText
          primary={t('account.signedInAs', { name: session.user.name })}
          secondary={session.user.email}
        />
      </MenuItem>
      <Divider />
      <MenuItem
        onClick={() => {
          onClose();
          void navigate('/profile');
        }}
      >
        {t('account.profile')}
      </MenuItem>
      <MenuItem
        onClick={() => {
          onClose();
          void navigate('/sign-in');
        }}
      >
        {t('account.switchAccount')}
      </MenuItem>
      <MenuItem
        onClick={() => {
          onClose();
          signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') });
        }}
      >
        {t('account.signOut')}
      </MenuItem>
    </Menu>
  );
}
