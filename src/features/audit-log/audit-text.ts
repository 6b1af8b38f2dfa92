import type { TFunction } from 'i18next';
import type { AuditDetail, AuditObject } from '@/api/schemas/audit-detail';
import { shortLabelsOf, type RoleGrant } from '@/api/schemas/roles';

/** Catalogue names by id, for the scopes of roles and the products of cases. */
export interface CatalogueNames {
  products: ReadonlyMap<string, string>;
  profiles: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
  instances: ReadonlyMap<string, string>;
}

export const NO_NAMES: CatalogueNames = {
  products: new Map(),
  profiles: new Map(),
  groups: new Map(),
  instances: new Map(),
};

/** Names of a role's scope, from the catalogue (an id it no longer has is shown as it is). */
function scopeOf(r: RoleGrant, names: CatalogueNames, t: TFunction): string[] {
  const of = (m: ReadonlyMap<string, string>, ids: readonly string[]) => ids.map((id) => m.get(id) ?? id);
  switch (r.role) {
    case 'product':
      return of(names.products, r.productIds);
    case 'productProfile':
      return of(names.profiles, r.profileIds);
    case 'userGroup':
      return of(names.groups, r.groupIds);
    case 'support':
      return of(names.instances, r.instanceIds).map((name) => t('auditLog:entry.instance', { name }));
    default:
      return [];
  }
}

/** "Product support (Marketo Engage - Acme Production); Deployment", in the language of `t`. */
export function describeRoles(roles: readonly RoleGrant[], names: CatalogueNames, t: TFunction): string {
  return roles
    .map((r) => {
      const labels = shortLabelsOf([r])
        .map((l) => t(`common:roles.short.${l}`))
        .join(', ');
      const scope = scopeOf(r, names, t);
      return scope.length ? `${labels} (${scope.join(', ')})` : labels;
    })
    .join('; ');
}

/** An entry's `Detail` in the language of `t`. */
export function describeDetail(d: AuditDetail, names: CatalogueNames, t: TFunction): string {
  switch (d.kind) {
    case 'granted':
    case 'rolesNow':
    case 'removed':
    case 'ended':
      return t(`auditLog:entry.${d.kind}`, { roles: describeRoles(d.roles, names, t) });
    case 'keptLastSystemAdmin':
      return t('auditLog:entry.keptLastSystemAdmin');
    case 'userCreated':
      return t('auditLog:entry.userCreated', { idType: t(`common:idType.${d.idType}`) });
    case 'emailSent':
    case 'invitationExpired':
      return t(`auditLog:entry.${d.kind}`, { to: d.to });
    case 'accepted':
      return t('auditLog:entry.accepted', { profile: d.profileName });
    case 'case':
      return t('auditLog:entry.case', { id: d.caseId, title: d.title });
    case 'caseCommented':
      return t('auditLog:entry.caseCommented', { id: d.caseId });
    case 'caseReplied':
      return t('auditLog:entry.caseReplied', { id: d.caseId, status: t(`support:status.${d.status}`) });
    case 'caseWatchers':
      return t('auditLog:entry.caseWatchers', { id: d.caseId, count: d.count });
    case 'text':
      return d.text;
  }
}

/** An entry's `Object` in the language of `t`; a product by its catalogue name. */
export function describeObject(o: AuditObject, names: CatalogueNames, t: TFunction): string {
  return o.kind === 'product'
    ? (names.products.get(o.productId) ?? o.name)
    : t(`auditLog:entry.objects.${o.kind}`);
}
