import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { supportCaseViewSchema, type CreateCaseInput } from '@/api/schemas/support';
import { invalidateAfter, queryKeys } from '@/api/query-keys';

export interface CreateCaseVariables {
  input: CreateCaseInput;
  /** One key per draft: a double submit or a retry opens one case. */
  idempotencyKey: string;
}

/** POST /api/support/cases */
export function createCase({ input, idempotencyKey }: CreateCaseVariables) {
  return request('/support/cases', supportCaseViewSchema, { method: 'POST', body: input, idempotencyKey });
}

export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: (created) => {
      qc.setQueryData(queryKeys.support.caseDetail(created.id), created);
      void invalidateAfter(qc, 'createCase');
    },
  });
}
