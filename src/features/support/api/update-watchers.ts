import { useMutation } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { supportCaseViewSchema } from '@/api/schemas/support';
import { useCaseUpdated } from './case-cache';

/** PUT /api/support/cases/:caseId/watchers: who else is kept up to date. */
export function updateWatchers(caseId: string, watchers: string[]) {
  return request(`/support/cases/${encodeURIComponent(caseId)}/watchers`, supportCaseViewSchema, {
    method: 'PUT',
    body: { watchers },
    idempotencyKey: newIdempotencyKey(),
  });
}

/**
 * `onSaved` runs from the mutation itself, before the refetch: a call-level `mutate(…, { onSuccess })` is skipped
 * when the refetch remounts the section, and the confirmation would be lost.
 */
export function useUpdateWatchers(caseId: string, onSaved: () => void) {
  const updated = useCaseUpdated('updateWatchers');
  return useMutation({
    mutationFn: (watchers: string[]) => updateWatchers(caseId, watchers),
    onSuccess: (c) => {
      onSaved();
      return updated(c);
    },
  });
}
