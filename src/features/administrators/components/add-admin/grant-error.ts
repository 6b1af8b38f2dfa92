import type { TFunction } from 'i18next';
import { ApiError } from '@/api/client';
import { roleIdSchema, type RoleGrant, type RoleId } from '@/api/schemas/roles';
import { describeError } from '@/lib/errors';
import { spreadFieldErrors, validationMessage } from '@/lib/field-errors';
import { toRoleGrants, type RoleDraft } from '../../model/role-draft';

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

/** The wizard's fields a server error can name: step 1's user and names, step 2's roles. */
export type WizardField = 'user' | 'firstName' | 'lastName' | RoleId;
export type WizardFieldErrors = Partial<Record<WizardField, string>>;
export const STEP_ONE_FIELDS = ['user', 'firstName', 'lastName'] as const;

export interface GrantErrorView {
  message: string;
  /** Messages that name no field of the wizard. */
  details: string[];
  /** Translated messages of a 400, each for the field it names. */
  fields: WizardFieldErrors;
}

/** The wizard field a server path names; `roles.<i>…` is the i-th role of the grants that were sent. */
export function wizardFieldOf(path: string, sent: readonly RoleGrant[]): WizardField | undefined {
  if (path === 'userId' || path === 'newUser' || path === 'newUser.email') return 'user';
  if (path === 'newUser.firstName') return 'firstName';
  if (path === 'newUser.lastName') return 'lastName';
  const role = /^roles\.(\d+)(\.|$)/.exec(path);
  return role ? sent[Number(role[1])]?.role : undefined;
}

/** What to say in the dialog when Save fails; everything entered stays. */
export function describeGrantError(
  error: unknown,
  who: string,
  draft: RoleDraft,
  t: TFunction,
): GrantErrorView {
  const fields: WizardFieldErrors = {};
  if (!(error instanceof ApiError))
    return { message: `${t('addAdmin:errors.notSaved')} ${describeError(error, t)}`, details: [], fields };
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
      fields,
    };
  }
  if (error.status === 403) {
    return {
      message: `${t('addAdmin:errors.notSaved')} ${translated[0] ?? describeError(error, t)}`,
      details: [],
      fields,
    };
  }
  if (error.status === 404) return { message: t('addAdmin:errors.userGone'), details: [], fields };
  if (error.status === 400 && translated.length) {
    // Each message under the field it names; the others in the summary.
    const sent = toRoleGrants(draft);
    const spread = spreadFieldErrors(error.fieldErrors, (path) => wizardFieldOf(path, sent));
    for (const [field, key] of Object.entries(spread.fields) as [WizardField, string][])
      fields[field] = validationMessage(t, key);
    const marked = Object.keys(fields).length > 0;
    return {
      message: `${t('addAdmin:errors.notSaved')} ${t(marked ? 'addAdmin:errors.fieldsMarked' : 'addAdmin:errors.fieldsInvalid')}`,
      details: spread.other.map((k) => validationMessage(t, k)),
      fields,
    };
  }
  return { message: `${t('addAdmin:errors.notSaved')} ${describeError(error, t)}`, details: [], fields };
}
