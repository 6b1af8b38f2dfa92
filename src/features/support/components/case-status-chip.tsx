import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { SupportCase } from '@/api/schemas/support';

export function CaseStatusChip({ status }: { status: SupportCase['status'] }) {
  const { t } = useTranslation('support');
  return (
    <Chip
      size="small"
      label={t(`status.${status}`)}
      color={status === 'open' ? 'primary' : 'default'}
      variant={status === 'open' ? 'filled' : 'outlined'}
    />
  );
}
