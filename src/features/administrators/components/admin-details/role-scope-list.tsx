import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useMarketoInstances, useProducts, useProfiles, useUserGroups } from '@/api/catalog-queries';
import type { GrantDates } from '@/api/schemas/grant-end-date';
import type { RoleGrant } from '@/api/schemas/roles';
import { GrantDatesList } from './grant-dates-list';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Each role of an admin with what it covers (products, profiles, groups, Marketo Engage instances). */
export function RoleScopeList({ roles, grants }: { roles: RoleGrant[]; grants?: GrantDates[] | undefined }) {
  const { t } = useTranslation('adminDetails');
  const products = useProducts().data;
  const profiles = useProfiles().data;
  const groups = useUserGroups().data;
  const instances = useMarketoInstances().data;
  // Names only: while a list loads its scope is a placeholder, never the raw ids.
  const nameOf = (list: { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? t('addAdmin:roles.unknownOption');
  const names = (
    list: { id: string; name: string }[] | undefined,
    ids: string[],
    format = (n: string) => n,
  ) => (list ? ids.map((id) => format(nameOf(list, id))) : null);

  const rows = roles.flatMap((r): { key: string; name: string; scope: string[] | null }[] => {
    switch (r.role) {
      case 'product':
        return [
          {
            key: r.role,
            name: t('common:roles.product'),
            scope: names(products, r.productIds),
          },
        ];
      case 'productProfile':
        return [
          {
            key: r.role,
            name: t('common:roles.productProfile'),
            scope: names(profiles, r.profileIds),
          },
        ];
      case 'userGroup':
        return [
          {
            key: r.role,
            name: t('common:roles.userGroup'),
            scope: names(groups, r.groupIds),
          },
        ];
      case 'support':
        return [
          ...(r.basic ? [{ key: 'basic', name: t('common:roles.basicSupport'), scope: [] }] : []),
          ...(r.productSupport
            ? [
                {
                  key: 'productSupport',
                  name: t('common:roles.productSupport'),
                  scope: names(instances, r.instanceIds, (name) => t('instance', { name })),
                },
              ]
            : []),
        ];
      default:
        return [{ key: r.role, name: t(`common:roles.${r.role}`), scope: [] }];
    }
  });

  // Each role's dates go under its last row (Support administrator may have two: Basic and Product support).
  const datesAt = new Map<string, GrantDates>();
  for (const r of roles) {
    const last = rows
      .filter((row) => (row.key === 'basic' || row.key === 'productSupport' ? 'support' : row.key) === r.role)
      .at(-1);
    const dates = grants?.find((g) => g.role === r.role);
    if (last && dates) datesAt.set(last.key, dates);
  }

  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.key} disableGutters>
          <ListItemText
            primary={row.name}
            secondary={
              <>
                {row.scope === null ? (
                  <>
                    <Skeleton width={160} aria-hidden />
                    <Box component="span" sx={visuallyHidden}>
                      {t('common:loading')}
                    </Box>
                  </>
                ) : (
                  t('scope', { scope: row.scope.length ? row.scope.join(', ') : t('noScope') })
                )}
                {datesAt.has(row.key) ? <GrantDatesList dates={datesAt.get(row.key)!} /> : null}
              </>
            }
            slotProps={{ secondary: { component: 'div' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
