import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { supportCaseViewSchema } from '@/api/schemas/support';
import { queryKeys } from '@/api/query-keys';

/** GET /api/support/cases/:caseId (404 unless it is the signed-in person's case). */
export function getCase(caseId: string, signal?: AbortSignal) {
  return request(`/support/cases/${encodeURIComponent(caseId)}`, supportCaseViewSchema, { signal });
}

export const caseQuery = (caseId: string) =>
  queryOptions({
    queryKey: queryKeys.support.caseDetail(caseId),
    queryFn: ({ signal }) => getCase(caseId, signal),
  });

export const useCase = (caseId: string) => useQuery(caseQuery(caseId));
