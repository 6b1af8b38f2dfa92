import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { userSchema, type UpdateProfileInput } from '@/api/schemas/users';
import { invalidateAfter } from '@/api/query-keys';

/** PUT /api/profile: the signed-in person's own settings (support phone number). */
export function updateProfile(body: UpdateProfileInput) {
  return request('/profile', userSchema, { method: 'PUT', body, idempotencyKey: newIdempotencyKey() });
}

/** Save, then read the session (which carries the person's own profile) and the directory again. */
export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: () => invalidateAfter(qc, 'updateProfile'),
  });
}
