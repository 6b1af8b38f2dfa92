import type { TFunction } from 'i18next';
import { ApiError } from '@/api/client';
import { roleIdSchema, type RoleId } from '@/api/schemas/roles';
import { describeError } from '@/lib/errors';
import type { RoleDraft } from '../../model/role-draft';

/** Role names as the admin chose them (Support administrator is named by its options). */
export function roleNames(roles: readonly RoleId[], draft: RoleDraft, t: TFunction): string {
  return roles
    .flatMap((r) => {
      if (r !== 'support') return [t(`common:roles.${r}`)];
      const out: string[] = [];
      if (draft.basic) out.push(t('common:roles.basicSupport'));
      if (draft.productSupport) out.push(t('common:roles.productSupport'));
      return out.length ? out : [t('common:roles.support')];
    })
    .join(', ');
}

export interface GrantErrorView {
  message: string;
  details: string[];
}

/** What to say in the dialog when Save fails; everything entered stays. */
export function describeGrantError(
  error: unknown,
  who: string,
  draft: RoleDraft,
  t: TFunction,
): GrantErrorView {
  if (!(error instanceof ApiError))
    return { message: `${t('addAdmin:errors.notSaved')} ${describeError(error, t)}`, details: [] };
  const translated = Object.values(error.fieldErrors)
    .flat()
    .map((k) => t(`common:${k}`));
  if (error.status === 409 && error.code === 'role-already-held') {
    const held = (error.problem.detail ?? '')
      .split(',')
      .map((r) => roleIdSchema.safeParse(r.trim()))
      .flatMap((r) => (r.success ? [r.data] : []));
    return {
      message: held.length
        ? t('addAdmin:errors.alreadyHeld', { name: who, roles: roleNames(held, draft, t) })
        : t('addAdmin:errors.alreadyHeldGeneric', { name: who }),
      details: [],
    };
  }
  if (error.status === 403) {
    return {
      message: `${t('addAdmin:errors.notSaved')} ${translated[0] ?? describeError(error, t)}`,
      details: [],
    };
  }
  if (error.status === 404) return { message: t('addAdmin:errors.userGone'), details: [] };
  if (error.status === 400 && translated.length) {
    return {
      message: `${t('addAdmin:errors.notSaved')} ${t('addAdmin:errors.fieldsInvalid')}`,
      details: [...new Set(translated)],
    };
  }
  return { message: `${t('addAdmin:errors.notSaved')} ${describeError(error, t)}`, details: [] };
}
