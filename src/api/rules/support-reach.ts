import type { RoleGrant } from '../schemas/roles';

/** The product whose support is granted per instance (Product support administrator). */
export const MARKETO_PRODUCT_ID = 'marketo';

type SupportGrant = Extract<RoleGrant, { role: 'support' }>;

/** The Support administrator grant among `roles`, if any. */
export function supportGrantOf(roles: readonly RoleGrant[]): SupportGrant | undefined {
  return roles.find((r): r is SupportGrant => r.role === 'support');
}

/** Whether a product's support is granted per instance (so a case for it names one). */
export const isInstanceScoped = (productId: string) => productId === MARKETO_PRODUCT_ID;

/**
 * Whether a support grant lets its holder open (and follow) cases for a product: Basic covers every product but
 * Marketo Engage; Product support covers Marketo Engage, for its granted instances only. The backend's case rules
 * and the rights preview both read this.
 */
export function supportCovers(grant: SupportGrant, productId: string, instanceId?: string): boolean {
  if (isInstanceScoped(productId))
    return grant.productSupport && grant.instanceIds.includes(instanceId ?? '');
  return grant.basic;
}
