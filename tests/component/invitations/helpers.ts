import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';

/** POST a JSON body as whoever is signed in; returns status and parsed body. */
export async function post(
  path: string,
  body: unknown,
): Promise<{ status: number; body: { code?: string } }> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { code?: string } };
}

/** Sam (System administrator) grants roles; returns the invitation token. The session is left as Sam. */
export async function grantAsSam(body: Record<string, unknown>): Promise<string> {
  setSession(PEOPLE.sam.id);
  const res = await post('/api/administrators', body);
  if (res.status !== 201) throw new Error(`grant failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as unknown as { invitation: { token: string } }).invitation.token;
}

export const basicSupport = [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }];
