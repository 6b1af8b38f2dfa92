import type { GrantResponse } from '@/api/schemas/administrators';
import type { RoleGrant } from '@/api/schemas/roles';

/** Grant roles through the real API (as the signed-in persona, Sam by default); returns the invitation. */
export async function grant(userId: string, roles: RoleGrant[]): Promise<GrantResponse> {
  const res = await fetch('/api/administrators', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId, roles }),
  });
  if (res.status !== 201) throw new Error(`grant failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as GrantResponse;
}
