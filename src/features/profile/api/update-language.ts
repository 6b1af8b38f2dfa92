import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { userSchema, type UpdateLanguageInput } from '@/api/schemas/users';
import { invalidateAfter } from '@/api/query-keys';

/** PUT /api/profile/language: the language the signed-in person's emails are written in. */
export function updateLanguage(body: UpdateLanguageInput) {
  return request('/profile/language', userSchema, {
    method: 'PUT',
    body,
    idempotencyKey: newIdempotencyKey(),
  });
}

/** Save, then read the session (which carries the person's own profile) again. */
export function useUpdateLanguage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateLanguage,
    onSuccess: () => invalidateAfter(qc, 'updateProfile'),
  });
}
