import { z } from 'zod';

/** Longest name we accept (first, last or display). */
export const NAME_MAX = 100;
/** RFC 5321 path limit. */
export const EMAIL_MAX = 254;

/**
 * Email rule shared by the client and the handlers.
 * Accepts the everyday address forms (dotted local parts, plus tags, subdomains, internationalised
 * domains in Unicode or punycode) and rejects what mail servers reject: no dot in the domain,
 * consecutive or edge dots, quoted local parts, a trailing dot, 255+ characters.
 */
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

export function isValidEmail(value: string): boolean {
  if (value.length === 0 || value.length > EMAIL_MAX) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return tld.length >= 2 && !/^\d+$/.test(tld);
}

/** Trimmed, normalised (lower case) email. Error messages are i18n keys. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.emailRequired' })
  .max(EMAIL_MAX, { message: 'validation.emailTooLong' })
  .refine(isValidEmail, { message: 'validation.emailInvalid' })
  .transform((v) => v.toLowerCase());

/** Optional person name: trimmed, at most NAME_MAX characters, no control characters. */
export const optionalNameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, { message: 'validation.nameTooLong' })
  // eslint-disable-next-line no-control-regex
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'validation.nameControlChars' })
  .optional()
  .transform((v) => (v ? v : undefined));

export const requiredNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.nameRequired' })
  .max(NAME_MAX, { message: 'validation.nameTooLong' })
  // eslint-disable-next-line no-control-regex
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'validation.nameControlChars' });

export const pageQuerySchema = z.object({
  q: z.string().max(200).optional().default(''),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).optional().default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Error body of every failed request (RFC 9457 problem details). */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** Machine-readable reason, e.g. `role-already-held`, `forbidden-role`. */
  code: z.string().optional(),
  /** Field path → i18n message keys. */
  errors: z.record(z.string(), z.array(z.string())).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const isoDate = z.string();
