import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockFetch } from './mock-http';
import { queryKeys } from '@/api/query-keys';
import { refetchEverything } from './update-settings';

/** POST /__mock/support-reply: the case moves on now, as a support engineer's reply would. */
export function supportReply(caseId: string) {
  return mockFetch('/support-reply', { method: 'POST', body: { caseId } });
}

/** Reply on a case; what is on screen (the case, the lists) is fetched again. */
export function useSupportReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: supportReply,
    onSuccess: (state) => {
      qc.setQueryData(queryKeys.mockControl.state(), state);
      void refetchEverything(qc, { drop: false });
    },
  });
}
