import { useMutation } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { supportCaseViewSchema } from '@/api/schemas/support';
import { useCaseUpdated } from './case-cache';

export type CaseStatusAction = 'close' | 'reopen';

/** POST /api/support/cases/:caseId/close and /reopen (reopen: within 14 days of closing, else 409). */
export function changeCaseStatus(caseId: string, action: CaseStatusAction) {
  return request(`/support/cases/${encodeURIComponent(caseId)}/${action}`, supportCaseViewSchema, {
    method: 'POST',
    body: {},
    idempotencyKey: newIdempotencyKey(),
  });
}

export function useChangeCaseStatus(caseId: string) {
  const onSuccess = useCaseUpdated('changeCaseStatus');
  return useMutation({
    mutationFn: (action: CaseStatusAction) => changeCaseStatus(caseId, action),
    onSuccess,
  });
}
