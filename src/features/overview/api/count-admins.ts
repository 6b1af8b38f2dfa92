import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { administratorPageSchema } from '@/api/schemas/administrators';
import { queryKeys, type AdminCount } from '@/api/query-keys';

type Which = Extract<AdminCount, 'all' | 'pending'>;

/** GET /api/administrators?pageSize=1[&status=pending] — only the total is used. */
export const countAdmins = async (which: Which, signal?: AbortSignal) =>
  (
    await request('/administrators', administratorPageSchema, {
      query: { page: 1, pageSize: 1, status: which === 'pending' ? 'pending' : undefined },
      signal,
    })
  ).total;

export const adminCountQuery = (which: Which) =>
  queryOptions({
    queryKey: queryKeys.administrators.count(which),
    queryFn: ({ signal }) => countAdmins(which, signal),
  });

export const useAdminCount = (which: Which) => useQuery(adminCountQuery(which));
