import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import { supportCoverageSchema } from '@/api/schemas/support-coverage';

/** GET /api/support-coverage (System administrators only). */
export function getSupportCoverage(signal?: AbortSignal) {
  return request('/support-coverage', supportCoverageSchema, { signal });
}

export const supportCoverageQuery = () =>
  queryOptions({
    queryKey: queryKeys.administrators.supportCoverage(),
    queryFn: ({ signal }) => getSupportCoverage(signal),
  });

export function useSupportCoverage(enabled: boolean) {
  return useQuery({ ...supportCoverageQuery(), enabled });
}
