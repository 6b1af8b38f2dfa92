import { useMutation } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { supportCaseViewSchema } from '@/api/schemas/support';
import { useCaseUpdated } from './case-cache';

/** POST /api/support/cases/:caseId/comments */
export function addComment(caseId: string, body: string, idempotencyKey = newIdempotencyKey()) {
  return request(`/support/cases/${encodeURIComponent(caseId)}/comments`, supportCaseViewSchema, {
    method: 'POST',
    body: { body },
    idempotencyKey,
  });
}

export function useAddComment(caseId: string) {
  const onSuccess = useCaseUpdated('addComment');
  return useMutation({ mutationFn: (body: string) => addComment(caseId, body), onSuccess });
}
