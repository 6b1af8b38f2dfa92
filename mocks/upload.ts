import { ATTACHMENT_MAX_BYTES, attachmentProblem, contentMatchesType } from '@/api/rules/attachments';
import { ATTACHMENT_UPLOAD_FIELD } from '@/api/schemas/support';
import { ProblemError, idempotencyKeyOf } from './http';

const MULTIPART = /^multipart\/form-data\s*;/i;
/** Room for the multipart framing around the file (boundaries, part headers). */
const FRAMING_BYTES = 64 * 1024;

export interface Upload {
  name: string;
  size: number;
  /** The declared type, as the browser gave it. */
  declaredType: string;
  bytes: Uint8Array;
}

const fileError = (status: number, title: string, code: string, key: string) =>
  new ProblemError(status, title, { code, errors: { [ATTACHMENT_UPLOAD_FIELD]: [key] } });

/**
 * Read and validate an attachment upload: `multipart/form-data` with one file in the `file` field (415 for any
 * other media type: the upload route is the one route that takes no JSON). A body larger than a file may be is
 * refused (413) from its Content-Length, before it is read; then the file's name, type and size (the same rule as
 * the form, `attachmentProblem`) and its content (a binary file must start like its type says).
 */
export async function readUpload(request: Request): Promise<Upload> {
  idempotencyKeyOf(request);
  if (!MULTIPART.test(request.headers.get('Content-Type') ?? '')) {
    throw new ProblemError(415, 'Send the file as multipart/form-data', { code: 'unsupported-media-type' });
  }
  const length = Number(request.headers.get('Content-Length') ?? 0);
  if (length > ATTACHMENT_MAX_BYTES + FRAMING_BYTES) {
    throw fileError(
      413,
      'A file can be at most 20 MB',
      'attachment-too-large',
      'validation.attachmentTooLarge',
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ProblemError(400, 'The request body is not valid multipart/form-data', {
      code: 'invalid-multipart',
    });
  }
  const files = form.getAll(ATTACHMENT_UPLOAD_FIELD).filter((v): v is File => typeof v !== 'string');
  if (files.length !== 1) {
    throw fileError(
      400,
      'Send exactly one file in the "file" field',
      'validation',
      'validation.attachmentRequired',
    );
  }
  const file = files[0]!;
  const facts = { name: file.name, size: file.size, type: file.type };
  const problemKey = attachmentProblem(facts);
  if (problemKey === 'validation.attachmentTooLarge') {
    throw fileError(413, 'A file can be at most 20 MB', 'attachment-too-large', problemKey);
  }
  if (problemKey) throw fileError(400, 'This file cannot be attached', 'validation', problemKey);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!contentMatchesType(file.name, bytes)) {
    throw fileError(
      400,
      'The file’s content does not match its type',
      'validation',
      'validation.attachmentContent',
    );
  }
  return { name: file.name, size: bytes.length, declaredType: file.type, bytes };
}
