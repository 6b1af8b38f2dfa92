import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { shellLayout } from '../first-frame';
import { usersNavigation } from '../navigation';

function UsersNavItem({ to, label, end, also }: { to: string; label: string; end?: boolean; also?: string }) {
  const own = useMatch({ path: to, end: end ?? false });
  const related = useMatch({ path: also ?? to, end: false });
  const inRelated = also ? related : null;
  const match = own ?? inRelated;
  return (
    // A plain list item (MUI's ListItem adds nothing here but its secondary-action code on the first load).
    <Box component="li" sx={{ display: 'flex' }}>
      <ListItemButton
        component={NavLink}
        to={to}
        // Under `also` the item is current too: NavLink then matches `to` as a prefix.
        end={end && !inRelated}
        selected={Boolean(match)}
        aria-current={match ? 'page' : undefined}
      >
        <ListItemText primary={label} />
      </ListItemButton>
    </Box>
  );
}

/**
 * Users area: left navigation (Users, User groups, Administrators) and the page. On narrow screens (phones) the
 * navigation is a row of links above the page (wrapping when it must), so the page keeps the whole width.
 */
export function UsersLayout() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: { xs: 'column', md: 'row' },
        alignItems: { md: 'flex-start' },
        minHeight: '100%',
      }}
    >
      <Box
        component="nav"
        aria-label={t('nav.usersArea')}
        sx={{
          width: { md: shellLayout.usersNavWidth },
          flexShrink: 0,
          borderRight: { md: 1 },
          borderBottom: { xs: 1, md: 0 },
          borderColor: { xs: 'divider', md: 'divider' },
          bgcolor: 'background.paper',
          minHeight: { md: 'calc(100vh - 64px)' },
          // A phone shows every item, wrapped over two lines if the language needs it, so none (the current one
          // included) is cut at the edge.
          '& > ul': { display: { xs: 'flex', md: 'block' }, flexWrap: 'wrap', py: { xs: 0, md: 1 } },
          '& > ul > li': { width: { xs: 'auto', md: '100%' }, flexShrink: 0 },
        }}
      >
        <List>
          {usersNavigation.map((n) => (
            <UsersNavItem
              key={n.key}
              to={n.to}
              label={t(`nav.${n.key}`)}
              end={'end' in n ? n.end : false}
              also={'also' in n ? n.also : undefined}
            />
          ))}
        </List>
      </Box>
      <Box sx={{ flexGrow: 1, minWidth: 0, p: shellLayout.pagePadding }}>
        <Outlet />
      </Box>
    </Box>
  );
}
