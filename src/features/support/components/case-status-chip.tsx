import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@/api/schemas/support';

/** Colour per status: what needs the reader's action (`Awaiting your reply`) stands out. */
const LOOK: Record<CaseStatus, Pick<ChipProps, 'color' | 'variant'>> = {
  'awaiting-assignment': { color: 'default', variant: 'filled' },
  'in-progress': { color: 'primary', variant: 'filled' },
  'awaiting-reply': { color: 'warning', variant: 'filled' },
  closed: { color: 'default', variant: 'outlined' },
};

export function CaseStatusChip({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('support');
  // A long status (« En attente de votre réponse ») wraps inside its chip rather than widening the table.
  return (
    <Chip
      size="small"
      label={t(`status.${status}`)}
      {...LOOK[status]}
      sx={{ height: 'auto', minHeight: 24, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
}
