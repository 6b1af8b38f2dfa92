import { useMutation } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { supportCaseViewSchema } from '@/api/schemas/support';
import { useCaseUpdated } from './case-cache';

/** POST /api/support/cases/:caseId/comments (with the ids of files uploaded for it, if any). */
export function addComment(
  caseId: string,
  body: string,
  attachmentIds: string[] = [],
  idempotencyKey = newIdempotencyKey(),
) {
  return request(`/support/cases/${encodeURIComponent(caseId)}/comments`, supportCaseViewSchema, {
    method: 'POST',
    body: { body, attachmentIds },
    idempotencyKey,
  });
}

export function useAddComment(caseId: string) {
  const onSuccess = useCaseUpdated('addComment');
  return useMutation({
    mutationFn: ({ body, attachmentIds }: { body: string; attachmentIds: string[] }) =>
      addComment(caseId, body, attachmentIds),
    onSuccess,
  });
}
