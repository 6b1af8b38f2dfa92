import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { queryKeys, type Resource } from '@/api/query-keys';
import type { Administrator, GrantResponse } from '@/api/schemas/administrators';
import { useGrantAdmin } from '@/features/administrators/api/grant-admin';
import { useRemoveAdmin } from '@/features/administrators/api/remove-admin';
import { useRemoveAdmins } from '@/features/administrators/api/remove-admins';
import { useResendInvitation } from '@/features/administrators/api/resend-invitation';
import { useUpdateAdminRoles } from '@/features/administrators/api/update-admin-roles';
import { useAcceptInvitation } from '@/features/invitations/api/accept-invitation';
import { useSetUpProfile } from '@/features/invitations/api/set-up-profile';
import { useAddComment } from '@/features/support/api/add-comment';
import { useChangeCaseStatus } from '@/features/support/api/change-case-status';
import { useCreateCase } from '@/features/support/api/create-case';

/** Every view of every resource, as the screens cache them. */
const VIEWS: Record<Resource, QueryKey[]> = {
  administrators: [
    queryKeys.administrators.list({ q: '', page: 1, pageSize: 20 }),
    queryKeys.administrators.list({ q: 'cam', page: 2, pageSize: 10 }),
    queryKeys.administrators.count('all'),
    queryKeys.administrators.count('pending'),
    queryKeys.administrators.count('activeSystem'),
    queryKeys.administrators.detail('u-someone-else'),
  ],
  users: [
    queryKeys.users.list({ q: '', page: 1, pageSize: 20 }),
    queryKeys.users.search('camille'),
    queryKeys.users.count(),
  ],
  catalogue: [
    queryKeys.catalogue.org(),
    queryKeys.catalogue.products(),
    queryKeys.catalogue.profiles(),
    queryKeys.catalogue.groups(),
    queryKeys.catalogue.instances(),
  ],
  session: [queryKeys.session.all],
  audit: [queryKeys.audit.list({ event: '', person: '', from: '', to: '', page: 1, pageSize: 20 })],
  mailbox: [queryKeys.mailbox.list({ page: 1, pageSize: 20, to: '' })],
  invitations: [queryKeys.invitations.detail('some-token')],
  support: [
    queryKeys.support.products(),
    queryKeys.support.caseList({ q: '', status: '', page: 1, pageSize: 20 }),
    queryKeys.support.caseDetail('E-000000'),
  ],
};
const RESOURCES = Object.keys(VIEWS) as Resource[];
// The shape of a list page: the optimistic removal reads the cached lists.
const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 20 };

/** A client with every view cached and fresh; returns which resources a change left invalidated. */
function cachedClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const keys of Object.values(VIEWS)) for (const key of keys) client.setQueryData(key, EMPTY_PAGE);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const invalidated = () =>
    RESOURCES.map((r) => {
      const states = VIEWS[r].map((k) => client.getQueryState(k)?.isInvalidated ?? 'removed');
      // A resource counts as invalidated only when every one of its views is.
      return { r, all: states.every((s) => s === true), none: states.every((s) => s === false) };
    });
  return { client, wrapper, invalidated };
}

function expectInvalidated(
  result: ReturnType<ReturnType<typeof cachedClient>['invalidated']>,
  want: Resource[],
) {
  for (const { r, all, none } of result) {
    if (want.includes(r)) expect({ r, all }).toEqual({ r, all: true });
    else expect({ r, none }).toEqual({ r, none: true });
  }
}

const json = async <T,>(res: Promise<Response>): Promise<T> => (await res).json() as Promise<T>;
const post = (path: string, body: unknown) =>
  fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
const grant = (body: unknown) => json<GrantResponse>(post('/api/administrators', body));

const marketoCase = {
  productId: 'marketo',
  title: 'Forms stopped syncing',
  description: 'Since Monday new form fills do not reach the database.',
  priority: 'high',
  businessImpact: 'Leads are lost',
  timeZone: 'emea',
  productFields: { instanceId: 'mkto-acme-prod' },
} as const;

describe('a mutation invalidates every view of each resource it changes', () => {
  it('grant: administrators, users, audit, mailbox, invitations', async () => {
    const { wrapper, invalidated } = cachedClient();
    const { result } = renderHook(() => useGrantAdmin(), { wrapper });
    await result.current.mutateAsync({
      body: { userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] },
      idempotencyKey: crypto.randomUUID(),
    });
    expectInvalidated(invalidated(), ['administrators', 'users', 'audit', 'mailbox', 'invitations']);
  });

  it('edit admin rights: administrators, audit, mailbox, invitations', async () => {
    const priya = await json<Administrator>(fetch(`/api/administrators/${PEOPLE.priya.id}`));
    const { wrapper, invalidated } = cachedClient();
    const { result } = renderHook(() => useUpdateAdminRoles(PEOPLE.priya.id), { wrapper });
    await result.current.mutateAsync({
      roles: [...priya.roles, { role: 'deployment' }],
      version: priya.version,
    });
    expectInvalidated(invalidated(), ['administrators', 'audit', 'mailbox', 'invitations']);
  });

  it('remove one admin, or several: administrators, audit, invitations, session, support', async () => {
    const one = cachedClient();
    const single = renderHook(() => useRemoveAdmin(), { wrapper: one.wrapper });
    await single.result.current.mutateAsync(PEOPLE.lucas.id);
    expectInvalidated(one.invalidated(), ['administrators', 'audit', 'invitations', 'session', 'support']);

    const many = cachedClient();
    const bulk = renderHook(() => useRemoveAdmins(), { wrapper: many.wrapper });
    await bulk.result.current.mutateAsync([PEOPLE.hana.id, PEOPLE.diego.id]);
    expectInvalidated(many.invalidated(), ['administrators', 'audit', 'invitations', 'session', 'support']);
  });

  it('resend invitation: administrators, audit, mailbox, invitations', async () => {
    await grant({ userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] });
    const { wrapper, invalidated } = cachedClient();
    const { result } = renderHook(() => useResendInvitation(PEOPLE.camille.id), { wrapper });
    await result.current.mutateAsync(crypto.randomUUID());
    expectInvalidated(invalidated(), ['administrators', 'audit', 'mailbox', 'invitations']);
  });

  it('accept an invitation: session, administrators, invitations, audit, support', async () => {
    const { invitation } = await grant({ userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] });
    setSession(PEOPLE.camille.id);
    const session = await json<{ user: { profiles: { id: string }[] } }>(fetch('/api/session'));
    const { wrapper, invalidated } = cachedClient();
    const { result } = renderHook(() => useAcceptInvitation(invitation.token), { wrapper });
    await result.current.mutateAsync(session.user.profiles[0]!.id);
    expectInvalidated(invalidated(), ['session', 'administrators', 'invitations', 'audit', 'support']);
  });

  it('set up a profile: session, users, administrators, invitations', async () => {
    const res = await grant({
      newUser: { email: 'new.person@acme.example' },
      roles: [{ role: 'deployment' }],
    });
    setSession(res.administrator.userId);
    const { wrapper, invalidated } = cachedClient();
    const { result } = renderHook(() => useSetUpProfile(res.invitation.token), { wrapper });
    await result.current.mutateAsync({ firstName: 'New', lastName: 'Person', country: 'FR' });
    expectInvalidated(invalidated(), ['session', 'users', 'administrators', 'invitations']);
  });

  it('create a case, comment on it, close it: support and audit', async () => {
    setSession(PEOPLE.jonas.id);
    const created = cachedClient();
    const create = renderHook(() => useCreateCase(), { wrapper: created.wrapper });
    const c = await create.result.current.mutateAsync({
      input: marketoCase,
      idempotencyKey: crypto.randomUUID(),
    });
    expectInvalidated(created.invalidated(), ['support', 'audit', 'mailbox']);

    const commented = cachedClient();
    const comment = renderHook(() => useAddComment(c.id), { wrapper: commented.wrapper });
    await comment.result.current.mutateAsync({ body: 'Any news?', attachmentIds: [] });
    expectInvalidated(commented.invalidated(), ['support', 'audit', 'mailbox']);

    const closed = cachedClient();
    const close = renderHook(() => useChangeCaseStatus(c.id), { wrapper: closed.wrapper });
    await close.result.current.mutateAsync('close');
    expectInvalidated(closed.invalidated(), ['support', 'audit', 'mailbox']);
  });
});
