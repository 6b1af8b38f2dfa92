import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { orgSchema } from '@/api/schemas/catalog';
import { queryKeys } from '@/api/query-keys';

/** GET /api/org — the organisation's name and claimed domains. */
export const getOrg = (signal?: AbortSignal) => request('/org', orgSchema, { signal });

export const orgQuery = queryOptions({
  queryKey: queryKeys.catalogue.org(),
  queryFn: ({ signal }) => getOrg(signal),
  staleTime: 5 * 60_000,
});

export const useOrg = () => useQuery(orgQuery);
