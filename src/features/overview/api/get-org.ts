import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { orgSchema } from '@/api/schemas/catalog';
import { overviewKeys } from './query-keys';

/** GET /api/org — the organisation's name and claimed domains. */
export const getOrg = (signal?: AbortSignal) => request('/org', orgSchema, { signal });

export const orgQuery = queryOptions({
  queryKey: overviewKeys.org,
  queryFn: ({ signal }) => getOrg(signal),
  staleTime: 5 * 60_000,
});

export const useOrg = () => useQuery(orgQuery);
