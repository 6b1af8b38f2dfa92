import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { supportCaseViewPageSchema } from '@/api/schemas/support';
import { queryKeys, type CaseListParams } from '@/api/query-keys';

/** GET /api/support/cases: the signed-in person's own cases, newest first. */
export function getCases(params: CaseListParams, signal?: AbortSignal) {
  return request('/support/cases', supportCaseViewPageSchema, { query: { ...params }, signal });
}

export const casesQuery = (params: CaseListParams) =>
  queryOptions({
    queryKey: queryKeys.support.caseList(params),
    queryFn: ({ signal }) => getCases(params, signal),
    placeholderData: keepPreviousData,
  });

export const useCases = (params: CaseListParams) => useQuery(casesQuery(params));
