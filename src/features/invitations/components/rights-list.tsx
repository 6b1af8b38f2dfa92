import { useTranslation } from 'react-i18next';
import type { InvitationRight } from '@/api/schemas/invitations';
import { shortLabelsOf } from '@/api/schemas/roles';

/** The rights an invitation gives: role names with their scope (instances by name for Product support). */
export function RightsList({ rights }: { rights: InvitationRight[] }) {
  const { t } = useTranslation('invitations');
  return (
    <ul>
      {rights.flatMap((r) =>
        shortLabelsOf([r.role]).map((label) => {
          const isSupport = r.role.role === 'support';
          const scoped = r.scopeNames.length > 0 && (!isSupport || label === 'productSupport');
          return (
            <li key={label}>
              <strong>{t(`common:roles.${label}`)}</strong>
              {scoped && (
                <>
                  {' — '}
                  {t(isSupport ? 'instances' : 'scope')} {r.scopeNames.join(', ')}
                </>
              )}
            </li>
          );
        }),
      )}
    </ul>
  );
}
