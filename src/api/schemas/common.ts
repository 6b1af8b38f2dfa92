import { z } from '../zod';

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
export const emailSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.emailRequired'),
      z.maxLength(EMAIL_MAX, 'validation.emailTooLong'),
      z.refine(isValidEmail, 'validation.emailInvalid'),
    ),
  z.transform((v) => v.toLowerCase()),
);

/**
 * Characters a name may not hold: C0 and C1 controls, DEL, the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069: they reorder what is shown, e.g. to disguise a name) and lone surrogates (not
 * text at all). Right-to-left scripts and emoji (surrogate pairs) are text and stay accepted.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isSafeName = (v: string) => !UNSAFE_CHARS.test(v) && !LONE_SURROGATE.test(v);
const noControlChars = () => z.refine<string>(isSafeName, 'validation.nameControlChars');

/** Optional person name: trimmed, at most NAME_MAX characters, no control characters. */
export const optionalNameSchema = z.pipe(
  z.optional(z.string().check(z.trim(), z.maxLength(NAME_MAX, 'validation.nameTooLong'), noControlChars())),
  z.transform((v) => (v ? v : undefined)),
);

export const requiredNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'validation.nameRequired'),
    z.maxLength(NAME_MAX, 'validation.nameTooLong'),
    noControlChars(),
  );

export const pageQuerySchema = z.object({
  q: z._default(z.optional(z.string().check(z.maxLength(200))), ''),
  page: z._default(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000))), 1),
  pageSize: z._default(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))), 20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().check(z.int()),
    page: z.number().check(z.int()),
    pageSize: z.number().check(z.int()),
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
  type: z.optional(z.string()),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  /** Machine-readable reason, e.g. `role-already-held`, `forbidden-role`. */
  code: z.optional(z.string()),
  /** Field path → i18n message keys. */
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type Problem = z.infer<typeof problemSchema>;

export const isoDate = z.string();

/** Longest phone number we accept as typed (separators included). */
export const PHONE_MAX = 30;

/**
 * International phone rule (E.164): `+`, a country code that does not start with 0, and 8 to 15 digits in all.
 * Spaces, dots, hyphens and parentheses may separate the digits (`+44 20 7946 0000`, `+1 (800) 555-0100`);
 * nothing else may appear (no letters, no extension, no `00` prefix instead of `+`).
 */
export function isValidPhone(value: string): boolean {
  if (value.length > PHONE_MAX || !/^\+[0-9\s.()-]+$/.test(value)) return false;
  return /^\+[1-9][0-9]{7,14}$/.test(value.replace(/[\s.()-]/g, ''));
}

/** The digits a `tel:` link dials: `+442079460000`. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/**
 * Optional international phone number: trimmed, inner spaces collapsed, kept as typed (readable), `undefined`
 * when empty. Error messages are i18n keys (common namespace).
 */
export const optionalPhoneSchema = z.pipe(
  z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(PHONE_MAX, 'validation.phoneInvalid'),
      z.refine((v) => v === '' || isValidPhone(v), 'validation.phoneInvalid'),
    ),
  ),
  z.transform((v) => (v ? v.replace(/\s+/g, ' ') : undefined)),
);
