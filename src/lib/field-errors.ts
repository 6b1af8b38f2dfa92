import type { TFunction } from 'i18next';
import { ApiError } from '@/api/client';

/** The field errors of a 400 answer (`errors: { "<path>": [key, ...] }`), or none. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof ApiError && error.status === 400 ? error.fieldErrors : {};
}

/**
 * Spread a 400's field errors over a form: `fieldOf` maps a server path (`newUser.email`, `roles.0.productIds`,
 * `productFields.instanceId`) to one of the form's fields. The first message of each field is kept; messages whose
 * path names no field of the form are returned apart (`other`), to be shown where the form says what failed.
 */
export function spreadFieldErrors<F extends string>(
  errors: Record<string, string[]>,
  fieldOf: (path: string) => F | undefined,
): { fields: Partial<Record<F, string>>; other: string[] } {
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [path, keys] of Object.entries(errors)) {
    const key = keys[0];
    if (!key) continue;
    const field = fieldOf(path);
    if (field) fields[field] ??= key;
    else other.push(...keys);
  }
  return { fields, other: [...new Set(other)] };
}

/**
 * A validation message key (from the shared schemas or the server) in the person's language. A message the locale
 * files do not have (a server's own English text) reads as a generic one, never as a raw key or foreign text.
 */
export function validationMessage(
  t: TFunction,
  key: string,
  namespaces: readonly string[] = ['common'],
): string {
  return t(
    namespaces.map((ns) => `${ns}:${key}`),
    { defaultValue: t('common:validation.invalid') },
  );
}
