import { request } from '@/api/client';
import { ATTACHMENT_UPLOAD_FIELD, attachmentSchema } from '@/api/schemas/support';
import { uploadFile } from '@/api/upload';
import { z } from '@/api/zod';

/** POST /api/support/attachments: one file, multipart, with its upload progress (0 to 1). */
export function uploadAttachment(
  file: File,
  opts: { idempotencyKey: string; signal?: AbortSignal; onProgress?: (sent: number) => void },
) {
  return uploadFile('/support/attachments', file, attachmentSchema, {
    field: ATTACHMENT_UPLOAD_FIELD,
    ...opts,
  });
}

/** GET /api/support/attachments/:id: the file's bytes (404 unless one may see its case). */
export async function downloadAttachment(id: string): Promise<Blob> {
  return request(`/support/attachments/${encodeURIComponent(id)}`, z.instanceof(Blob), { as: 'blob' });
}
