import AccountCircle from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '@/api/schemas/session';
import { useSignOut } from '@/session/session-api';

export function AccountMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircle aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'account-menu' : undefined}
        aria-label={`${t('account.menu')}: ${session.user.name}`}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ maxWidth: 220 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{session.user.name}</span>
      </Button>
      <Menu id="account-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled>
          <ListItemText primary={t('account.signedInAs', { name: session.user.name })} secondary={session.user.email} />
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate('/sign-in');
          }}
        >
          {t('account.switchAccount')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') });
          }}
        >
          {t('account.signOut')}
        </MenuItem>
      </Menu>
    </>
  );
}
