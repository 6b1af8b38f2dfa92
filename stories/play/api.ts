import { PEOPLE } from '@mocks/db/seed';
import type { GrantRequest, GrantResponse } from '@/api/schemas/administrators';
import type { CreateCaseInput, SupportCaseView } from '@/api/schemas/support';

/**
 * Story data is built through the mock backend's real API, as a user or the app would (the seed stays the one
 * seed). Story loaders run signed in as Sam Rivera; the toolbar's persona is applied after them.
 */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(method === 'POST' ? { 'Idempotency-Key': crypto.randomUUID() } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sign in as a seeded person (their email) or sign out (`null`), as the prototype panel does. */
export const signInAs = (email: string | null) => call('POST', '/__mock/settings', { signInAs: email });

/** Grant admin roles (POST /api/administrators); returns the invitation's token. */
export async function grant(body: GrantRequest): Promise<string> {
  return (await call<GrantResponse>('POST', '/api/administrators', body)).invitation.token;
}

export const basicSupport = [
  { role: 'support', basic: true, productSupport: false, instanceIds: [] },
] satisfies GrantRequest['roles'];

/** The route of a fresh invitation link sent to Alex Chen (Basic support administrator). */
export async function invitationFor(body: GrantRequest = { userId: PEOPLE.alex.id, roles: basicSupport }) {
  return `/invitations/${await grant(body)}`;
}

/** Accept an invitation as its invitee with their profile (POST /api/invitations/:token/accept). */
export async function accept(token: string, email: string, profileId: string): Promise<void> {
  await signInAs(email);
  await call('POST', `/api/invitations/${token}/accept`, { profileId });
  await signInAs(PEOPLE.sam.email);
}

/** Open a support case as `email` (a Support administrator); returns the case. */
export async function openCase(email: string, input: CreateCaseInput): Promise<SupportCaseView> {
  await signInAs(email);
  const created = await call<SupportCaseView>('POST', '/api/support/cases', input);
  await signInAs(PEOPLE.sam.email);
  return created;
}

export { call };
