import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { ApiError, request } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import { sessionSchema, type Session, type SignInRequest } from '@/api/schemas/session';

/** GET /api/session; `null` when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await request('/session', sessionSchema, { signal });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session.all,
  queryFn: ({ signal }) => getSession(signal),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function signIn(body: SignInRequest) {
  return request('/session', sessionSchema, { method: 'POST', body });
}

export function signOut() {
  return request('/session', z.undefined(), { method: 'DELETE' });
}

/** Sign in; every cached server record is dropped (it was read as someone else). */
export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      qc.removeQueries();
      qc.setQueryData(queryKeys.session.all, session);
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      qc.removeQueries();
      qc.setQueryData(queryKeys.session.all, null);
    },
  });
}
