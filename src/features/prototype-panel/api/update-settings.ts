import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/query-keys';
import { mockFetch, type MockState, type ScenarioName } from './mock-http';

export interface MockSettings {
  scenario?: ScenarioName;
  clockOffsetMs?: number;
  signInAs?: string | null;
}

/** POST /__mock/settings. */
export function updateSettings(body: MockSettings) {
  return mockFetch('/settings', { method: 'POST', body });
}

/** The data set a scenario serves: the request-level scenarios (slow, failing) serve the default one. */
const dataSetOf = (s: ScenarioName) =>
  s === 'empty-org' || s === 'mid-size-org' || s === 'large-org' ? s : 'default';

/** Whether what is cached was read from other data or as another person than the backend now serves. */
export function readsOtherData(before: MockState | undefined, after: MockState): boolean {
  return (
    !before ||
    before.signedInAs !== after.signedInAs ||
    dataSetOf(before.scenario) !== dataSetOf(after.scenario)
  );
}

/**
 * Change scenario, clock or persona, then read what is on screen again. Records read as another person or from
 * another data set are dropped; otherwise (slow or failing requests, the clock) they stay on screen while they are
 * read again, so a failing read shows its error beside them and nothing the person entered is lost.
 */
export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (state) => {
      const before = qc.getQueryData<MockState>(queryKeys.mockControl.state());
      qc.setQueryData(queryKeys.mockControl.state(), state);
      void refetchEverything(qc, { drop: readsOtherData(before, state) });
    },
  });
}

/**
 * Read every server record again. The session is refetched in place (the shell and the screen under it stay
 * mounted, with an open dialog); with `drop`, the other records are emptied first, so nothing read before shows.
 */
export async function refetchEverything(qc: QueryClient, { drop }: { drop: boolean }) {
  const server = (key: readonly unknown[]) =>
    key[0] !== queryKeys.mockControl.all[0] && key[0] !== queryKeys.session.all[0];
  const session = qc.invalidateQueries({ queryKey: queryKeys.session.all });
  if (!drop) {
    await Promise.all([session, qc.invalidateQueries({ predicate: (q) => server(q.queryKey) })]);
    return;
  }
  qc.removeQueries({ type: 'inactive', predicate: (q) => server(q.queryKey) });
  await Promise.all([session, qc.resetQueries({ predicate: (q) => server(q.queryKey) })]);
}
