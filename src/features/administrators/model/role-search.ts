import i18next from 'i18next';
import { nameKey } from '@/api/rules/name-key';
import { SHORT_ROLE_LABELS, type ShortRoleLabel } from '@/api/schemas/roles';

/** Shorter texts match too many roles ("a" is in "Basic support"): role names are searched from three characters. */
const MIN_LENGTH = 3;

/**
 * The role labels whose names, in the reader's language, contain the search (`Product support`, « Assistance
 * produit », `Product support administrator`): sent with it as `qRoles`, so the list finds their holders too. The
 * names live in the locale files, which the mock backend does not read.
 */
export function roleLabelsMatching(q: string): ShortRoleLabel[] {
  const needle = nameKey(q);
  if (needle.length < MIN_LENGTH) return [];
  return SHORT_ROLE_LABELS.filter((l) =>
    [i18next.t(`common:roles.short.${l}`), i18next.t(`common:roles.${l}`)].some((name) =>
      nameKey(name).includes(needle),
    ),
  );
}
