import { shortLabelsOf, type RoleGrant, type ShortRoleLabel } from '../schemas/roles';
import { MARKETO_PRODUCT_ID, supportCovers, supportGrantOf } from './support-reach';

/** One plain-language statement of what a set of roles allows: an i18n key (namespace `addAdmin`) and its values. */
export interface RightsStatement {
  key: string;
  params?: Record<string, string>;
}

/** The least-privilege note: System administrator chosen with other roles that would do on their own. */
export interface LeastPrivilegeNote {
  key: string;
  /** The other roles chosen, as `common:roles.<label>` keys name them. */
  roles: ShortRoleLabel[];
}

export interface RightsPreview {
  statements: RightsStatement[];
  note?: LeastPrivilegeNote;
}

export type NameKind = 'product' | 'profile' | 'group' | 'instance';
/** The display name of a catalogue item; `undefined` when unknown (the id is shown then). */
export type NameLookup = (kind: NameKind, id: string) => string | undefined;

const P = 'rightsPreview.statements';

/**
 * What the chosen roles will let the person do, in plain language. Support reach comes from the same helper as the
 * backend's case rules (`supportCovers`), so the preview cannot say more or less than the handlers allow.
 */
export function rightsPreviewOf(roles: readonly RoleGrant[], nameOf: NameLookup): RightsPreview {
  const name = (kind: NameKind, id: string) => nameOf(kind, id) ?? id;
  if (roles.some((r) => r.role === 'system')) {
    const others = shortLabelsOf(roles.filter((r) => r.role !== 'system'));
    return {
      statements: [{ key: `${P}.system` }],
      ...(others.length ? { note: { key: 'rightsPreview.systemNote', roles: others } } : {}),
    };
  }
  const out: RightsStatement[] = [];
  for (const r of roles) {
    switch (r.role) {
      case 'product':
        for (const id of r.productIds)
          out.push({ key: `${P}.product`, params: { product: name('product', id) } });
        break;
      case 'productProfile':
        for (const id of r.profileIds)
          out.push({ key: `${P}.productProfile`, params: { profile: name('profile', id) } });
        break;
      case 'userGroup':
        for (const id of r.groupIds)
          out.push({ key: `${P}.userGroup`, params: { group: name('group', id) } });
        break;
      case 'deployment':
        out.push({ key: `${P}.deployment` });
        break;
      case 'support':
        out.push(...supportStatements(roles, name));
        break;
    }
  }
  // Roles turned on whose scope is still empty allow nothing yet: say what is missing, not "choose a role".
  if (out.length === 0) return { statements: [{ key: roles.length ? `${P}.unfinished` : `${P}.nothing` }] };
  return { statements: out };
}

function supportStatements(roles: readonly RoleGrant[], name: (kind: NameKind, id: string) => string) {
  const grant = supportGrantOf(roles);
  if (!grant) return [];
  const out: RightsStatement[] = [];
  const marketo = name('product', MARKETO_PRODUCT_ID);
  // Basic support reaches every product that is not granted per instance; Marketo Engage is the one that is.
  if (grant.basic) out.push({ key: `${P}.basicSupport`, params: { product: marketo } });
  for (const id of grant.instanceIds) {
    if (supportCovers(grant, MARKETO_PRODUCT_ID, id)) {
      out.push({ key: `${P}.productSupport`, params: { product: marketo, instance: name('instance', id) } });
    }
  }
  return out;
}
