import type { RoleGrant } from '@/api/schemas/roles';
import { runtime } from '../runtime';

/** Names of a role's scope items (products, profiles, groups, Marketo Engage instances). */
export function scopeNamesOf(r: RoleGrant): string[] {
  const c = runtime().db.catalog;
  const name = (list: { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;
  switch (r.role) {
    case 'product':
      return r.productIds.map((id) => name(c.products, id));
    case 'productProfile':
      return r.profileIds.map((id) => name(c.profiles, id));
    case 'userGroup':
      return r.groupIds.map((id) => name(c.groups, id));
    case 'support':
      return r.instanceIds.map((id) => `Marketo Engage - ${name(c.instances, id)}`);
    default:
      return [];
  }
}
