import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useConfirm } from '@/components/confirm';
import { useNotify } from '@/components/notifier';
import { currentLanguage } from '@/i18n/i18n';
import type { MockState } from '../api/mock-http';
import { useResetDemo } from '../api/reset-demo';
import { linkToState } from '../link-state';

/** `Reset demo data` (with confirmation) and `Copy link to this state`. */
export function DataControls({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const notify = useNotify();
  const confirm = useConfirm();
  const reset = useResetDemo();
  const location = useLocation();

  const onReset = async () => {
    const ok = await confirm({
      title: t('resetTitle'),
      message: t('resetMessage'),
      confirmLabel: t('resetConfirm'),
      destructive: true,
    });
    if (!ok) return;
    reset.mutate(undefined, {
      onSuccess: () => notify(t('resetDone')),
      onError: (e) => notify(e.message, 'error'),
    });
  };

  const onCopy = async () => {
    const url = linkToState({
      origin: window.location.origin,
      base: import.meta.env.BASE_URL,
      route: location.pathname + location.search + location.hash,
      as: state.signedInAs,
      lang: currentLanguage(),
      scenario: state.scenario,
      clockOffsetMs: state.clockOffsetMs,
    });
    try {
      await navigator.clipboard.writeText(url);
      notify(t('linkCopied'));
    } catch {
      notify(t('copyFailed', { url }), 'error');
    }
  };

  return (
    <Box component="section" aria-labelledby="prototype-data-title">
      <Typography id="prototype-data-title" variant="h3" component="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('data')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('changeCount', { count: state.changeCount })}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1, mt: 1 }}>
        <Button variant="outlined" color="error" disabled={reset.isPending} onClick={() => void onReset()}>
          {t('resetData')}
        </Button>
        <Button variant="contained" onClick={() => void onCopy()}>
          {t('copyLink')}
        </Button>
      </Box>
    </Box>
  );
}
