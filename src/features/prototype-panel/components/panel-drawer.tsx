import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useMockState } from '../api/get-mock-state';
import { ClockControls } from './clock-controls';
import { DataControls } from './data-controls';
import { LanguageField } from './language-field';
import { PersonaField } from './persona-field';
import { ScenarioField } from './scenario-field';
import { SupportControls } from './support-controls';

const TITLE_ID = 'prototype-panel-title';

export function PanelDrawer({
  open,
  onClose,
  restoreFocus,
}: {
  open: boolean;
  onClose: () => void;
  /** Give focus back to what had it on opening (else the caller focuses its button). */
  restoreFocus: boolean;
}) {
  const { t } = useTranslation('panel');
  const state = useMockState(open);
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      disableRestoreFocus={!restoreFocus}
      // A modal like a dialog (not a drawer under it): opened over the wizard or Edit admin rights, it is on top and
      // takes the pointer; a confirmation it opens comes after it in the page and so above it.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': TITLE_ID,
          // Wide enough for the longest persona name and its first role in the closed select.
          sx: { width: 440, maxWidth: '100vw' },
        },
      }}
    >
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography id={TITLE_ID} variant="h2" sx={{ fontSize: '1.25rem', fontWeight: 700 }}>
            {t('title')}
          </Typography>
          <IconButton aria-label={t('close')} onClick={onClose}>
            <CloseIcon aria-hidden />
          </IconButton>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('intro')}
        </Typography>
        {state.isPending && <LoadingState />}
        {state.isError && (
          <ErrorState error={state.error} what={t('loadFailed')} onRetry={() => void state.refetch()} />
        )}
        {state.data && (
          <>
            {state.data.transport === 'in-page' && (
              <Typography variant="body2" color="text.secondary">
                {t('inPage')}
              </Typography>
            )}
            <PersonaField state={state.data} />
            <LanguageField />
            <ScenarioField state={state.data} />
            <Divider />
            <ClockControls state={state.data} />
            <Divider />
            <SupportControls state={state.data} />
            <Divider />
            <DataControls state={state.data} />
          </>
        )}
      </Box>
    </Drawer>
  );
}
