import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useNotify } from '@/components/notifier';
import type { MockState } from '../api/mock-http';
import { useSupportReply } from '../api/support-reply';
import { SelectField } from './select-field';

/**
 * `Reply from Adobe Support`: moves a case on now, as a support engineer's reply would (awaiting assignment → in
 * progress → awaiting your reply). The case whose page is open is chosen first. The mock clock does the same for
 * cases opened or answered during the demo.
 */
export function SupportControls({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const notify = useNotify();
  const reply = useSupportReply();
  const { pathname } = useLocation();
  const onPage = /^\/support\/cases\/(E-\d{6})$/.exec(pathname)?.[1];
  const cases = state.supportCases;
  const [chosen, setChosen] = useState<string | null>(null);
  const caseId =
    chosen && cases.some((c) => c.id === chosen)
      ? chosen
      : (cases.find((c) => c.id === onPage)?.id ?? cases[0]?.id ?? '');
  return (
    <Box component="section" aria-labelledby="prototype-support-title">
      <Typography id="prototype-support-title" variant="h3" component="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('support')}
      </Typography>
      {cases.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('noCasesToAnswer')}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <SelectField
            id="prototype-support-case"
            label={t('supportCase')}
            value={caseId}
            onChange={setChosen}
          >
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.id} — ${c.title}`}
              </option>
            ))}
          </SelectField>
          <Box>
            <Button
              variant="outlined"
              disabled={reply.isPending || !caseId}
              onClick={() =>
                reply.mutate(caseId, {
                  onSuccess: () => notify(t('replied', { id: caseId })),
                  onError: (e) => notify(e.message, 'error'),
                })
              }
            >
              {t('supportReply')}
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
