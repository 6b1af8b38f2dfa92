import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Administrator } from '@/api/schemas/administrators';
import { shortLabelsOf, type ShortRoleLabel } from '@/api/schemas/roles';
import { formatDay } from '@/i18n/i18n';

const roleOf = (l: ShortRoleLabel) => (l === 'basicSupport' || l === 'productSupport' ? 'support' : l);

/**
 * One role's tag in the Administrators table, and `Until <date>` after the last tag of a time-bound role (Support
 * administrator may show two tags: Basic and Product support).
 */
export function RoleTag({ label, admin }: { label: ShortRoleLabel; admin: Administrator }) {
  const { t } = useTranslation('administrators');
  const role = roleOf(label);
  const endDate = admin.grants?.find((g) => g.role === role)?.endDate;
  const last =
    shortLabelsOf(admin.roles)
      .filter((l) => roleOf(l) === role)
      .at(-1) === label;
  return (
    <Fragment>
      <span className="tag">{t(`common:roles.short.${label}`)}</span>
      {endDate && last ? (
        <span className="until">{t('common:until', { date: formatDay(endDate) })}</span>
      ) : null}
    </Fragment>
  );
}
