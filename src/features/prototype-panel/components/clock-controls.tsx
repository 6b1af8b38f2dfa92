import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notifier';
import { formatDate } from '@/i18n/i18n';
import type { MockState } from '../api/mock-http';
import { useUpdateSettings } from '../api/update-settings';

const DAY = 86_400_000;
const STEPS = [
  { days: 1, key: 'plusOneDay' },
  { days: 7, key: 'plusSevenDays' },
  { days: 31, key: 'plusThirtyOneDays' },
] as const;

/** The mock clock: the date the backend believes it is (invitation expiry, audit dates…). */
export function ClockControls({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const notify = useNotify();
  const update = useUpdateSettings();
  const setOffset = (ms: number) =>
    update.mutate(
      { clockOffsetMs: ms },
      {
        onSuccess: (next) => notify(t('clockChanged', { date: formatDate(next.now) }), 'info'),
        onError: (e) => notify(e.message, 'error'),
      },
    );
  return (
    <Box component="section" aria-labelledby="prototype-clock-title">
      <Typography id="prototype-clock-title" variant="h3" component="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('clock')}
      </Typography>
      <Typography aria-live="polite">{t('mockDate', { date: formatDate(state.now) })}</Typography>
      {state.clockOffsetMs !== 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('clockOffset', { days: Math.round((state.clockOffsetMs / DAY) * 10) / 10 })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {STEPS.map((s) => (
          <Button
            key={s.key}
            variant="outlined"
            size="small"
            disabled={update.isPending}
            onClick={() => setOffset(state.clockOffsetMs + s.days * DAY)}
          >
            {t(s.key)}
          </Button>
        ))}
        <Button
          size="small"
          disabled={update.isPending || state.clockOffsetMs === 0}
          onClick={() => setOffset(0)}
        >
          {t('resetClock')}
        </Button>
      </Box>
    </Box>
  );
}
