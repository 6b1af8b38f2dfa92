import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { administratorPageSchema } from '@/api/schemas/administrators';
import { queryKeys, type AdminListParams } from '@/api/query-keys';

export type { AdminListParams };

/** GET /api/administrators?q&page&pageSize&status&role (page is 1-based; filtered on the server). */
export function getAdministrators(params: AdminListParams, signal?: AbortSignal) {
  return request('/administrators', administratorPageSchema, {
    query: {
      q: params.q,
      page: params.page,
      pageSize: params.pageSize,
      status: params.status,
      role: params.role,
      qRoles: params.qRoles,
      sort: params.sort,
      order: params.order,
    },
    signal,
  });
}

export const administratorsQuery = (params: AdminListParams) =>
  queryOptions({
    queryKey: queryKeys.administrators.list(params),
    queryFn: ({ signal }) => getAdministrators(params, signal),
    placeholderData: keepPreviousData,
  });

export function useAdministrators(params: AdminListParams) {
  return useQuery(administratorsQuery(params));
}
