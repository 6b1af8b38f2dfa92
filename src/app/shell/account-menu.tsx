import Box from '@mui/material/Box';
import AccountCircle from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/schemas/session';
import { compactIconGap } from './compact-labels';
import { prefetchMenus } from './prefetch-menus';

const AccountMenuList = lazy(() => import('./menu-lists').then((m) => ({ default: m.AccountMenuList })));

export function AccountMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);
  if (anchor && !used) setUsed(true);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircle aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'account-menu' : undefined}
        aria-label={t('account.button', { name: session.user.name })}
        onClick={(e) => setAnchor(e.currentTarget)}
        onMouseEnter={prefetchMenus}
        onFocus={prefetchMenus}
        sx={{ maxWidth: 220, minWidth: 0, ...compactIconGap }}
      >
        {/* Short of room (phones, and beside the navigation up to `lg`), the icon only: the button's name still
            says who is signed in. */}
        <Box
          component="span"
          sx={{
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            display: { xs: 'none', sm: 'inline', md: 'none', lg: 'inline' },
          }}
        >
          {session.user.name}
        </Box>
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <AccountMenuList anchor={anchor} session={session} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
