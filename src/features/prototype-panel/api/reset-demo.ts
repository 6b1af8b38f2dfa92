import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockFetch } from './mock-http';
import { queryKeys } from '@/api/query-keys';
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
      qc.setQueryData(queryKeys.mockControl.state(), state);
      void refetchEverything(qc, { drop: true });
    },
  });
}
