import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { administratorSchema } from '@/api/schemas/administrators';
import { queryKeys } from '@/api/query-keys';

/** GET /api/administrators/:userId */
export function getAdministrator(userId: string, signal?: AbortSignal) {
  return request(`/administrators/${encodeURIComponent(userId)}`, administratorSchema, { signal });
}

export const administratorQuery = (userId: string) =>
  queryOptions({
    queryKey: queryKeys.administrators.detail(userId),
    queryFn: ({ signal }) => getAdministrator(userId, signal),
  });

/**
 * The admin's details. With `enabled` false (the admin is being removed) they are never read again, not even once the
 * removal has dropped them from the cache: the last details stay on screen until the page is left.
 */
export function useAdministrator(userId: string, enabled = true) {
  return useQuery({
    ...administratorQuery(userId),
    enabled,
    placeholderData: enabled ? undefined : keepPreviousData,
  });
}
