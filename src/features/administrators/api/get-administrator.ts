import { queryOptions, useQuery } from '@tanstack/react-query';
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

export function useAdministrator(userId: string) {
  return useQuery(administratorQuery(userId));
}
