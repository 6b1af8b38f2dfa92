import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter } from '@/api/query-keys';
import { bulkGrantResponseSchema, type BulkGrantRequest } from '@/api/schemas/bulk-grant';

/** POST /api/administrators/bulk?dryRun=true — every row's verdict; nothing changes. */
export function dryRunBulkGrant(body: BulkGrantRequest) {
  return request('/administrators/bulk', bulkGrantResponseSchema, {
    method: 'POST',
    body,
    query: { dryRun: true },
  });
}

/** POST /api/administrators/bulk — grant the ready rows (one invitation each); idempotent with the key. */
export function bulkGrant(body: BulkGrantRequest, idempotencyKey: string) {
  return request('/administrators/bulk', bulkGrantResponseSchema, { method: 'POST', body, idempotencyKey });
}

export function useBulkDryRun() {
  return useMutation({ mutationFn: dryRunBulkGrant });
}

export function useBulkGrant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BulkGrantRequest; idempotencyKey: string }) =>
      bulkGrant(body, idempotencyKey),
    // The same resources as one grant: admins, maybe new users, the audit log, the mailbox, invitations.
    onSuccess: () => invalidateAfter(qc, 'grantAdmin'),
  });
}
