import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

const items = [
  { key: 'home', to: '/support', isActive: (p: string) => p === '/support' || p === '/support/' },
  {
    key: 'openTicket',
    to: '/support/cases/new',
    isActive: (p: string) => p.startsWith('/support/cases/new'),
  },
  {
    key: 'myCases',
    to: '/support/cases',
    isActive: (p: string) => p.startsWith('/support/cases') && !p.startsWith('/support/cases/new'),
  },
  {
    key: 'orgCases',
    to: '/support/org-cases',
    isActive: (p: string) => p.startsWith('/support/org-cases'),
  },
] as const;

/** Support portal frame: sidebar navigation (Home, Open ticket, My cases, Organization cases) and the page. */
export function SupportLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('support');
  const { pathname } = useLocation();
  return (
    <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 3, p: 3 }}>
      <Box component="nav" aria-label={t('nav.label')} sx={{ width: { md: 220 }, flexShrink: 0 }}>
        <List disablePadding>
          {items.map((item) => {
            const active = item.isActive(pathname);
            return (
              // A list holds list items only (axe 'list'): each link sits in its own <li>.
              <li key={item.key}>
                <ListItemButton
                  component={NavLink}
                  to={item.to}
                  end
                  aria-current={active ? 'page' : undefined}
                  selected={active}
                >
                  <ListItemText primary={t(`nav.${item.key}`)} />
                </ListItemButton>
              </li>
            );
          })}
        </List>
      </Box>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>{children}</Box>
    </Box>
  );
}
