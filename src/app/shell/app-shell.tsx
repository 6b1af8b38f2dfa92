import MailOutline from '@mui/icons-material/MailOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/query-states';
import { isPanelEnabled, STORAGE_RESET_KEY } from '@/features/prototype-panel/panel-visibility';
import { useSession } from '@/session/session-api';
import { permissionsOf } from '@/session/permissions';
import { brandColor } from '@/theme/theme';
import { rememberAdminAccess } from '../first-frame';
import { topNavigation } from '../navigation';
import { AccountMenu } from './account-menu';
import { LanguageMenu } from './language-menu';
import { compactIconGap, compactLabel } from './compact-labels';

/** The prototype panel (its button; the drawer is a further chunk) is its own chunk, fetched only when it can show. */
const PrototypePanel = lazy(() =>
  import('@/features/prototype-panel').then((m) => ({ default: m.PrototypePanel })),
);

/** Shown, or it has a storage-reset notice to give (both decided at boot, before the first render). */
function panelNeeded(): boolean {
  if (isPanelEnabled()) return true;
  try {
    return sessionStorage.getItem(STORAGE_RESET_KEY) === '1';
  } catch {
    return false;
  }
}

/** True once the browser is idle after the first screen (at most 2 s later): for what the first screen does not need. */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(id);
  }, []);
  return idle;
}

/**
 * The panel's chunk is fetched once the first screen has settled, not in competition with it. Its own component:
 * the idle update re-renders this alone, not the whole top bar.
 */
function PanelWhenIdle() {
  const idle = useIdle();
  return idle ? (
    <Suspense fallback={null}>
      <PrototypePanel />
    </Suspense>
  ) : null;
}

/** The top navigation: beside the app's name on wide screens (`row`), a row of its own on narrow ones (`wrapped`). */
function MainNav({
  links,
  pathname,
  layout,
}: {
  links: readonly (typeof topNavigation)[number][];
  pathname: string;
  layout: 'row' | 'wrapped';
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="nav"
      aria-label={t('nav.main')}
      // The narrow layout is the base style (no media query), the wide one a min-width query over it.
      sx={(theme) => ({
        display: layout === 'row' ? 'none' : 'flex',
        [theme.breakpoints.up('md')]: { display: layout === 'row' ? 'flex' : 'none' },
        gap: 0.5,
        flexWrap: 'wrap',
        width: layout === 'row' ? 'auto' : '100%',
      })}
    >
      {links.map((l) => {
        const active = pathname.startsWith('match' in l ? l.match : l.to);
        return (
          <Button
            key={l.key}
            component={NavLink}
            to={l.to}
            color="inherit"
            aria-current={active ? 'page' : undefined}
            sx={{
              borderBottom: active ? '3px solid #0d66d0' : '3px solid transparent',
              borderRadius: 0,
            }}
          >
            {t(`nav.${l.key}`)}
          </Button>
        );
      })}
    </Box>
  );
}

/** Top bar (navigation, org, language, account) and the page below it. */
export function AppShell() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const { pathname } = useLocation();
  const perms = permissionsOf(session);
  const [withPanel] = useState(panelNeeded);
  const links = topNavigation.filter((l) => !('supportOnly' in l) || perms.isSupportAdmin);
  const hasAdminAccess = session === undefined ? undefined : Boolean(session && perms.isAdmin);
  useEffect(() => {
    if (hasAdminAccess !== undefined) rememberAdminAccess(hasAdminAccess);
  }, [hasAdminAccess]);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper' },
        }}
      >
        {t('skipToContent')}
      </Box>
      <AppBar position="static" color="default" elevation={1} sx={{ bgcolor: 'background.paper' }}>
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Typography component="span" sx={{ fontWeight: 800, mr: 2, color: brandColor }}>
            {t('appName')}
          </Typography>
          {/* Wide screens: the navigation follows the app's name on the one row. */}
          {session && perms.isAdmin && <MainNav links={links} pathname={pathname} layout="row" />}
          <Box sx={{ flexGrow: 1 }} />
          {session && (
            <Typography
              component="span"
              sx={{
                color: 'text.secondary',
                mr: 1,
                display: { xs: 'none', sm: 'inline', md: 'none', lg: 'inline' },
              }}
            >
              {session.org.name}
            </Typography>
          )}
          {/* The demo's outbox: where invitation emails (and their Get started links) arrive. */}
          <Button
            component={NavLink}
            to="/mailbox"
            color="inherit"
            startIcon={<MailOutline aria-hidden />}
            aria-current={pathname.startsWith('/mailbox') ? 'page' : undefined}
            sx={{ minWidth: 0, ...compactIconGap }}
          >
            {/* Short of room, the icon only; the label stays the link's accessible name. */}
            <Box component="span" sx={compactLabel}>
              {t('nav.mailbox')}
            </Box>
          </Button>
          <LanguageMenu />
          {session && <AccountMenu session={session} />}
          {/* Narrow screens: it wraps to a row of its own below the account, and comes after it in the page as
              well, so the focus order follows what is seen (shown on one side at a time, never both). */}
          {session && perms.isAdmin && <MainNav links={links} pathname={pathname} layout="wrapped" />}
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, outline: 'none' }}>
        {/* A screen whose messages are still arriving (first visit to it) shows the loading state, not a blank. */}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Box>
      {withPanel ? <PanelWhenIdle /> : null}
    </Box>
  );
}
