import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminStatus } from '@/api/schemas/administrators';
import { ROLE_IDS, type RoleId } from '@/api/schemas/roles';

const STATUSES: AdminStatus[] = ['active', 'pending', 'expired'];

interface Props {
  status?: AdminStatus;
  role?: RoleId;
  /** `null`: the filter is cleared (every admin). */
  onChange: (next: { status?: string | null; role?: string | null }) => void;
}

/** `Role` and `Status` filters of the Administrators list: native selects (light, keyboard-friendly). */
export function AdminListFilters({ status, role, onChange }: Props) {
  const { t } = useTranslation('administrators');
  const roleId = useId();
  const statusId = useId();
  return (
    <>
      <FormControl size="small" sx={{ minWidth: 220 }}>
        <InputLabel htmlFor={roleId} shrink>
          {t('filters.role')}
        </InputLabel>
        <NativeSelect
          id={roleId}
          value={role ?? ''}
          onChange={(e) => onChange({ role: e.target.value || null })}
          input={<OutlinedInput notched label={t('filters.role')} />}
        >
          <option value="">{t('filters.anyRole')}</option>
          {ROLE_IDS.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </NativeSelect>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 160 }}>
        <InputLabel htmlFor={statusId} shrink>
          {t('filters.status')}
        </InputLabel>
        <NativeSelect
          id={statusId}
          value={status ?? ''}
          onChange={(e) => onChange({ status: e.target.value || null })}
          input={<OutlinedInput notched label={t('filters.status')} />}
        >
          <option value="">{t('filters.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`common:status.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </FormControl>
    </>
  );
}
