import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAfter } from '@/api/query-keys';
import { resendInvitation } from './resend-invitation';

export interface ResendBatch {
  userIds: string[];
  /** One key per batch: each person's request is `key:userId`, so a retry of the batch resends nobody twice. */
  key: string;
}

export interface ResendOutcome {
  resent: string[];
  failed: { userId: string; error: unknown }[];
}

/**
 * `Resend invitations` for the selected pending rows: the single resend route once per person (its rules apply to
 * each: the right to grant every role of that invitation), side by side, each with its own idempotency key.
 */
export function useResendInvitations() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ userIds, key }: ResendBatch): Promise<ResendOutcome> => {
      const settled = await Promise.allSettled(userIds.map((id) => resendInvitation(id, `${key}:${id}`)));
      const outcome: ResendOutcome = { resent: [], failed: [] };
      settled.forEach((s, i) => {
        const userId = userIds[i]!;
        if (s.status === 'fulfilled') outcome.resent.push(userId);
        else outcome.failed.push({ userId, error: s.reason });
      });
      return outcome;
    },
    onSettled: () => invalidateAfter(qc, 'resendInvitation'),
  });
}
