import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userPageSchema } from '@/api/schemas/users';
import { queryKeys } from '@/api/query-keys';

export const SEARCH_PAGE_SIZE = 10;

/** GET /api/users?q=&pageSize= — the org directory, searched on the server. */
export function searchUsers(q: string, signal?: AbortSignal) {
  return request('/users', userPageSchema, { query: { q, pageSize: SEARCH_PAGE_SIZE }, signal });
}

/** A superseded search is cancelled: its query loses its observer and TanStack aborts the signal. */
export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: queryKeys.users.search(q),
    queryFn: ({ signal }) => searchUsers(q, signal),
    staleTime: 30_000,
  });

/**
 * The directory search for `q`. With `keepPrevious`, while it runs the previous query's results stay
 * (`isPlaceholderData`): refining a search changes the list once, not twice.
 */
export function useUserSearch(q: string, enabled: boolean, keepPrevious = false) {
  return useQuery({
    ...userSearchQuery(q),
    enabled: enabled && q.length > 0,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}
