import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, request } from '@/api/client';
import { invitationViewSchema } from '@/api/schemas/invitations';
import { queryKeys } from '@/api/query-keys';

/** GET /api/invitations/:token — public: what the invitation gives and whether it can still be used. */
export function getInvitation(token: string, signal?: AbortSignal) {
  return request(`/invitations/${encodeURIComponent(token)}`, invitationViewSchema, { signal });
}

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitations.detail(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    // An unknown link stays unknown: do not retry a 404.
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQuery(token));
}
