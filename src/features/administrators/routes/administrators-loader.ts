import { adminSortSchema, adminStatusSchema, sortOrderSchema } from '@/api/schemas/administrators';
import { roleIdSchema } from '@/api/schemas/roles';
import type { QueryClient } from '@tanstack/react-query';
import { administratorsQuery, type AdminListParams } from '../api/get-administrators';
import { roleLabelsMatching } from '../model/role-search';

const qRolesOf = (q: string) => {
  const labels = roleLabelsMatching(q);
  return labels.length ? { qRoles: labels.join(',') } : {};
};

export const PAGE_SIZES = [10, 20, 50, 100];

/** The list the address asks for: `?q=&page=&pageSize=&status=&role=&sort=&order=` (page 1-based; unknown page sizes fall back to 20). */
export function listParams(params: URLSearchParams): AdminListParams {
  const pageSize = Number(params.get('pageSize'));
  return {
    q: (params.get('q') ?? '').trim(),
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    // An unknown filter value in the address is ignored rather than sent.
    status: adminStatusSchema.safeParse(params.get('status')).data,
    role: roleIdSchema.safeParse(params.get('role')).data,
    ...qRolesOf((params.get('q') ?? '').trim()),
    sort: adminSortSchema.safeParse(params.get('sort')).data,
    order: sortOrderSchema.safeParse(params.get('order')).data,
  };
}

/**
 * The route's loader: the page's queries (the list and the unfiltered count) start with the screen's code, and the
 * page finds them in the cache. Never throws: a visitor who may not see the list gets the refusal cached, and the
 * screen is not shown to them anyway.
 */
export function prefetchAdministratorsPage(client: QueryClient, url: URL): Promise<unknown> {
  const params = listParams(url.searchParams);
  const all = { q: '', page: 1, pageSize: params.pageSize };
  return Promise.all([
    client.prefetchQuery(administratorsQuery(params)),
    params.q || params.page !== 1 || params.status || params.role
      ? client.prefetchQuery(administratorsQuery(all))
      : null,
  ]);
}
