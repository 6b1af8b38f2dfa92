import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockFetch, type ScenarioName } from './mock-http';
import { queryKeys } from '@/api/query-keys';

export interface MockSettings {
  scenario?: ScenarioName;
  clockOffsetMs?: number;
  signInAs?: string | null;
}

/** POST /__mock/settings. */
export function updateSettings(body: MockSettings) {
  return mockFetch('/settings', { method: 'POST', body });
}

/**
 * Change scenario, clock or persona. Every other cached server record was read under the old
 * settings, so it is dropped and what is on screen is fetched again.
 */
export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (state) => {
      qc.setQueryData(queryKeys.mockControl.state(), state);
      void refetchEverything(qc);
    },
  });
}

export async function refetchEverything(qc: ReturnType<typeof useQueryClient>) {
  const keep = (key: readonly unknown[]) => key[0] === queryKeys.mockControl.all[0];
  qc.removeQueries({ type: 'inactive', predicate: (q) => !keep(q.queryKey) });
  await qc.resetQueries({ predicate: (q) => !keep(q.queryKey) });
}
