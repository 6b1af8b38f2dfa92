import type { CoverageEntry, CoveringAdmin } from '@/api/schemas/support-coverage';
import { runtime } from '../runtime';
import { adminStatusOf } from './admins';
import { MARKETO, supportProductsOf } from './support-cases';

/**
 * For each product but Marketo Engage, and for each Marketo Engage instance: the Support administrators whose role
 * lets them open cases for it, by the support portal's own rule (`supportProductsOf`). Pending and expired
 * invitations are listed with their status; only an active admin makes the entry `covered`.
 */
export function supportCoverage(): CoverageEntry[] {
  const db = runtime().db;
  const { products, instances } = db.catalog;
  const byKey = new Map<string, CoveringAdmin[]>();
  const keyOf = (productId: string, instanceId?: string) => `${productId}/${instanceId ?? ''}`;
  for (const admin of db.all('admins')) {
    const user = db.get('users', admin.userId);
    if (!user) continue;
    const status = adminStatusOf(admin);
    for (const p of supportProductsOf(admin.roles)) {
      const role = p.id === MARKETO ? 'productSupport' : 'basic';
      const person: CoveringAdmin = { id: user.id, name: user.name, email: user.email, role, status };
      const keys = p.id === MARKETO ? p.instances.map((i) => keyOf(p.id, i.id)) : [keyOf(p.id)];
      for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), person]);
    }
  }
  const entry = (productId: string, productName: string, instance?: { id: string; name: string }) => {
    const admins = (byKey.get(keyOf(productId, instance?.id)) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return {
      productId,
      productName,
      ...(instance ? { instance } : {}),
      covered: admins.some((a) => a.status === 'active'),
      admins,
    };
  };
  return products.flatMap((p) =>
    p.id === MARKETO
      ? instances.map((i) => entry(p.id, p.name, { id: i.id, name: i.name }))
      : [entry(p.id, p.name)],
  );
}
