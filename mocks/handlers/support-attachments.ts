import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { attachmentMimeOf } from '@/api/rules/attachments';
import type { Attachment } from '@/api/schemas/support';
import type { AttachmentRecord } from '../db/types';
import { API, ProblemError, withProblems, type Answer } from '../http';
import { idempotent } from '../idempotency';
import { runtime } from '../runtime';
import { canSeeCase } from '../services/support-cases';
import { readUpload } from '../upload';
import { requireSupportAdmin } from './support';

let uploads = 0;

const toAttachment = (a: AttachmentRecord): Attachment => ({
  id: a.id,
  name: a.name,
  size: a.size,
  type: a.type,
  uploadedAt: a.uploadedAt,
});

/** `filename*` (RFC 6266 / 8187) for any name, and a plain ASCII `filename` for old clients. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Attachments: a file is uploaded on its own first (so its progress shows and a failure loses nothing typed), then
 * attached by id to a new case or a comment by the person who uploaded it.
 */
export const supportAttachmentHandlers: HttpHandler[] = [
  /**
   * `multipart/form-data`, one file per request. Order: the caller's role → the upload read and checked (media type,
   * size, name, type, content) → its bytes stored under their SHA-256 (asynchronous; a retry stores the same bytes
   * under the same key, and bytes no record points at are never served) → the role again (it may have been removed
   * while a large file arrived) → the record, idempotent, synchronously.
   */
  http.post(
    `${API}/support/attachments`,
    withProblems(async ({ request }) => {
      requireSupportAdmin();
      const upload = await readUpload(request);
      const hash = bytesToHex(sha256(upload.bytes));
      try {
        await runtime().attachments.put(hash, upload.bytes);
      } catch {
        throw new ProblemError(507, 'The file could not be stored', { code: 'attachment-not-stored' });
      }
      const { user } = requireSupportAdmin();
      const type = attachmentMimeOf(upload.name) ?? 'application/octet-stream';
      const fingerprint = { name: upload.name, size: upload.size, type, sha256: hash };
      return idempotent(request, user, fingerprint, (): Answer => {
        uploads += 1;
        const record: AttachmentRecord = {
          id: `att-${Date.now().toString(36)}-${uploads.toString(36)}-${hash.slice(0, 8)}`,
          ownerId: user.id,
          name: upload.name,
          size: upload.size,
          type,
          sha256: hash,
          uploadedAt: runtime().now().toISOString(),
        };
        runtime().db.put('attachments', record.id, record);
        return { status: 201, body: toAttachment(record) };
      });
    }),
  ),

  /**
   * The file, for who may see it: its uploader until it is attached, then whoever can see its case (404 for anyone
   * else, as for the case itself). Always a download (`attachment`, `nosniff`): a file is never run as a page.
   */
  http.get(
    `${API}/support/attachments/:attachmentId`,
    withProblems(async ({ params }) => {
      const { user, roles } = requireSupportAdmin();
      const id = typeof params.attachmentId === 'string' ? params.attachmentId : '';
      const db = runtime().db;
      const a = db.get('attachments', id);
      const c = a?.caseId ? db.get('cases', a.caseId) : undefined;
      const visible = a && (a.caseId ? !!c && canSeeCase(c, user, roles) : a.ownerId === user.id);
      if (!a || !visible) throw new ProblemError(404, 'Attachment not found', { code: 'not-found' });
      const bytes = await runtime().attachments.get(a.sha256);
      if (!bytes) {
        throw new ProblemError(410, 'This file is no longer stored', { code: 'attachment-gone' });
      }
      return new HttpResponse(bytes, {
        status: 200,
        headers: {
          'Content-Type': a.type,
          'Content-Length': String(bytes.length),
          'Content-Disposition': contentDisposition(a.name),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      });
    }),
  ),
];
