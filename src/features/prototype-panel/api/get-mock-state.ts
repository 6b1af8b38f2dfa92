import { queryOptions, useQuery } from '@tanstack/react-query';
import { mockFetch } from './mock-http';
import { queryKeys } from '@/api/query-keys';

/** GET /__mock/state: personas, scenario, mock clock, number of changes. */
export function getMockState(signal?: AbortSignal) {
  return mockFetch('/state', { signal });
}

export const mockStateQuery = queryOptions({
  queryKey: queryKeys.mockControl.state(),
  queryFn: ({ signal }) => getMockState(signal),
  staleTime: 0,
});

export function useMockState(enabled = true) {
  return useQuery({ ...mockStateQuery, enabled });
}
