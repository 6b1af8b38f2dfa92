import type { RoleGrant } from '@/api/schemas/roles';
import { shortLabelsOf } from '@/api/schemas/roles';
import { runtime } from '../runtime';

const SHORT: Record<string, string> = {
  system: 'System',
  product: 'Product',
  productProfile: 'Product profile',
  userGroup: 'User group',
  deployment: 'Deployment',
  basicSupport: 'Basic support',
  productSupport: 'Product support',
};

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

/** English one-line description of a set of roles, for the audit log ("Product support (Marketo Engage - Acme Production)"). */
export function describeRoles(roles: readonly RoleGrant[]): string {
  return roles
    .map((r) => {
      const labels = shortLabelsOf([r]).map((l) => SHORT[l] ?? l);
      const scope = scopeNamesOf(r);
      return scope.length ? `${labels.join(', ')} (${scope.join(', ')})` : labels.join(', ');
    })
    .join('; ');
}
