import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey, request } from '@/api/client';
import { userSchema, type UpdateProfileInput } from '@/api/schemas/users';
import { sessionKeys } from '@/session/session-api';

/** PUT /api/profile: the signed-in person's own settings (support phone number). */
export function updateProfile(body: UpdateProfileInput) {
  return request('/profile', userSchema, { method: 'PUT', body, idempotencyKey: newIdempotencyKey() });
}

/** Save, then refetch the session (which carries the person's own profile). */
export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: () => qc.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
