import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import { useId, type ReactNode } from 'react';
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

/**
 * The browser's own select, drawn like the outlined search field beside it (its label on the border): no MUI
 * Select, Menu or icon code comes with the first screen.
 */
const Select = styled('select')(({ theme }) => ({
  font: 'inherit',
  color: theme.palette.text.primary,
  backgroundColor: theme.palette.background.paper,
  border: '1px solid rgba(0, 0, 0, 0.23)',
  borderRadius: theme.shape.borderRadius,
  height: 40,
  width: '100%',
  padding: '0 10px',
  cursor: 'pointer',
  '&:hover': { borderColor: theme.palette.text.primary },
}));

function Filter(props: {
  label: string;
  value: string;
  minWidth: number;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Box sx={{ position: 'relative', minWidth: props.minWidth }}>
      <Box
        component="label"
        htmlFor={id}
        sx={{
          position: 'absolute',
          top: -9,
          left: 9,
          px: '5px',
          bgcolor: 'background.paper',
          color: 'text.secondary',
          fontSize: '0.75rem',
          lineHeight: 1.5,
        }}
      >
        {props.label}
      </Box>
      <Select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </Select>
    </Box>
  );
}

/** `Role` and `Status` filters of the Administrators list, kept in the address. */
export function AdminListFilters({ status, role, onChange }: Props) {
  const { t } = useTranslation('administrators');
  return (
    <>
      <Filter
        label={t('filters.role')}
        value={role ?? ''}
        minWidth={220}
        onChange={(v) => onChange({ role: v || null })}
      >
        <option value="">{t('filters.anyRole')}</option>
        {ROLE_IDS.map((r) => (
          <option key={r} value={r}>
            {t(`common:roles.${r}`)}
          </option>
        ))}
      </Filter>
      <Filter
        label={t('filters.status')}
        value={status ?? ''}
        minWidth={160}
        onChange={(v) => onChange({ status: v || null })}
      >
        <option value="">{t('filters.anyStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`common:status.${s}`)}
          </option>
        ))}
      </Filter>
    </>
  );
}
