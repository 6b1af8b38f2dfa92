import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { request } from '@/api/client';
import { requestorSchema, supportCaseViewPageSchema, type SupportCaseView } from '@/api/schemas/support';
import { queryKeys, type OrgCaseListParams } from '@/api/query-keys';

/** GET /api/support/org-cases: every case the person's support role covers (their own included), newest first. */
export function getOrgCases(params: OrgCaseListParams, signal?: AbortSignal) {
  return request('/support/org-cases', supportCaseViewPageSchema, { query: { ...params }, signal });
}

export const orgCasesQuery = (params: OrgCaseListParams) =>
  queryOptions({
    queryKey: queryKeys.support.orgCaseList(params),
    queryFn: ({ signal }) => getOrgCases(params, signal),
    placeholderData: keepPreviousData,
  });

export const useOrgCases = (params: OrgCaseListParams) => useQuery(orgCasesQuery(params));

/** Every case matching the filters (`Download cases`), a page of 100 at a time. */
export async function getAllOrgCases(
  filters: Omit<OrgCaseListParams, 'page' | 'pageSize'>,
): Promise<SupportCaseView[]> {
  const out: SupportCaseView[] = [];
  for (let page = 1; ; page += 1) {
    const res = await getOrgCases({ ...filters, page, pageSize: 100 });
    out.push(...res.items);
    if (res.items.length === 0 || out.length >= res.total) return out;
  }
}

/** GET /api/support/org-cases/requestors: the `Requestor` filter's choices. */
export const requestorsQuery = queryOptions({
  queryKey: queryKeys.support.requestors(),
  queryFn: ({ signal }) => request('/support/org-cases/requestors', z.array(requestorSchema), { signal }),
});

export const useRequestors = () => useQuery(requestorsQuery);
