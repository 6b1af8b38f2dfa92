import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockFetch } from './mock-http';
import { panelKeys } from './query-keys';
import { refetchEverything } from './update-settings';

/** POST /__mock/reset: back to the exact seed. */
export function resetDemo() {
  return mockFetch('/reset', { method: 'POST' });
}

export function useResetDemo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: resetDemo,
    onSuccess: (state) => {
      qc.setQueryData(panelKeys.state(), state);
      void refetchEverything(qc);
    },
  });
}
