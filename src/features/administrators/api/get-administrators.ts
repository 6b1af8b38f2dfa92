import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { administratorPageSchema } from '@/api/schemas/administrators';
import { adminKeys } from './query-keys';

export interface AdminListParams {
  q: string;
  page: number;
  pageSize: number;
}

/** GET /api/administrators?q&page&pageSize (page is 1-based). */
export function getAdministrators(params: AdminListParams, signal?: AbortSignal) {
  return request('/administrators', administratorPageSchema, {
    query: { q: params.q, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

export const administratorsQuery = (params: AdminListParams) =>
  queryOptions({
    queryKey: adminKeys.list(params),
    queryFn: ({ signal }) => getAdministrators(params, signal),
    placeholderData: keepPreviousData,
  });

export function useAdministrators(params: AdminListParams) {
  return useQuery(administratorsQuery(params));
}
