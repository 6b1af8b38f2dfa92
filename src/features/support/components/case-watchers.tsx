import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { SupportCaseView } from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { useUpdateWatchers } from '../api/update-watchers';
import { WatchersField, type WatchersFieldHandle } from './watchers-field';

/** The case's watchers, editable: the same field as on the form, saved with `Save watchers`. */
export function CaseWatchers({ supportCase: c }: { supportCase: SupportCaseView }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useUpdateWatchers(c.id, () => {
    setDraft(null);
    notify(t('watchers.saved'));
  });
  const ref = useRef<WatchersFieldHandle>(null);
  const value = draft ?? c.watchers;
  const changed = draft !== null && draft.join('\n') !== c.watchers.join('\n');
  const serverError =
    save.error instanceof ApiError && save.error.status === 400
      ? Object.values(save.error.fieldErrors).flat()[0]
      : undefined;
  const onSave = () => {
    const list = ref.current ? ref.current.commit() : value;
    if (!list) return;
    save.mutate(list);
  };
  return (
    <Box component="section" aria-labelledby="case-watchers" sx={{ mt: 4, maxWidth: 760 }}>
      <Typography id="case-watchers" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('watchers.title')}
      </Typography>
      <WatchersField
        ref={ref}
        id={`case-${c.id}-watchers`}
        value={value}
        onChange={setDraft}
        error={serverError}
        disabled={save.isPending}
      />
      {save.isError && !serverError && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {describeError(save.error, t)}
        </Alert>
      )}
      {changed && (
        <Button variant="outlined" sx={{ mt: 1 }} onClick={onSave} disabled={save.isPending}>
          {t('watchers.save')}
        </Button>
      )}
    </Box>
  );
}
