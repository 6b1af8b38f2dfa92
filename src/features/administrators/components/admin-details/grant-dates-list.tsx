import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { GrantDates } from '@/api/schemas/grant-end-date';
import { formatDateTime, formatDay } from '@/i18n/i18n';

/** One role's own dates: invited, accepted (or not yet), and the day its rights end when time-bound. */
export function GrantDatesList({ dates }: { dates: GrantDates }) {
  const { t } = useTranslation('adminDetails');
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 1,
        m: 0,
        mt: 0.5,
        '& dt': { fontWeight: 700 },
        '& dd': { m: 0 },
      }}
    >
      {dates.invitedAt && (
        <>
          <dt>{t('invitedAt')}</dt>
          <dd>{formatDateTime(dates.invitedAt)}</dd>
        </>
      )}
      <dt>{t('acceptedAt')}</dt>
      <dd>{dates.acceptedAt ? formatDateTime(dates.acceptedAt) : t('grantDates.notAccepted')}</dd>
      {dates.endDate && (
        <>
          <dt>{t('grantDates.ends')}</dt>
          <dd>{formatDay(dates.endDate)}</dd>
        </>
      )}
    </Box>
  );
}
