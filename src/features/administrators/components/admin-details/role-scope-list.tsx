import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { useMarketoInstances, useProducts, useProfiles, useUserGroups } from '@/api/catalog-queries';
import type { RoleGrant } from '@/api/schemas/roles';

/** Each role of an admin with what it covers (products, profiles, groups, Marketo Engage instances). */
export function RoleScopeList({ roles }: { roles: RoleGrant[] }) {
  const { t } = useTranslation('adminDetails');
  const products = useProducts().data ?? [];
  const profiles = useProfiles().data ?? [];
  const groups = useUserGroups().data ?? [];
  const instances = useMarketoInstances().data ?? [];
  const nameOf = (list: { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;

  const rows = roles.flatMap((r): { key: string; name: string; scope: string[] }[] => {
    switch (r.role) {
      case 'product':
        return [
          {
            key: r.role,
            name: t('common:roles.product'),
            scope: r.productIds.map((id) => nameOf(products, id)),
          },
        ];
      case 'productProfile':
        return [
          {
            key: r.role,
            name: t('common:roles.productProfile'),
            scope: r.profileIds.map((id) => nameOf(profiles, id)),
          },
        ];
      case 'userGroup':
        return [
          {
            key: r.role,
            name: t('common:roles.userGroup'),
            scope: r.groupIds.map((id) => nameOf(groups, id)),
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
                  scope: r.instanceIds.map((id) => `Marketo Engage - ${nameOf(instances, id)}`),
                },
              ]
            : []),
        ];
      default:
        return [{ key: r.role, name: t(`common:roles.${r.role}`), scope: [] }];
    }
  });

  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.key} disableGutters>
          <ListItemText
            primary={row.name}
            secondary={`${t('scope')}: ${row.scope.length ? row.scope.join(', ') : t('noScope')}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
