import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCommentSchema, type SupportCaseView } from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { formatDateTime } from '@/i18n/i18n';
import { describeError } from '@/lib/errors';
import { useAddComment } from '../api/add-comment';

/** The case's comments and, while it is open, a form to add one (the typed text survives a failure). */
export function CaseComments({ supportCase: c }: { supportCase: SupportCaseView }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const add = useAddComment(c.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    const parsed = addCommentSchema.safeParse({ body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'validation.commentRequired');
      return;
    }
    setError(null);
    add.mutate(parsed.data.body, {
      onSuccess: () => {
        setBody('');
        notify(t('detail.commentAdded'));
      },
    });
  };
  return (
    <Box component="section" aria-labelledby="case-comments" sx={{ mt: 4 }}>
      <Typography id="case-comments" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('detail.comments')}
      </Typography>
      {c.comments.length === 0 ? (
        <Typography color="text.secondary">{t('detail.noComments')}</Typography>
      ) : (
        <List disablePadding>
          {c.comments.map((cm) => (
            <ListItem key={cm.id} disableGutters divider sx={{ display: 'block' }}>
              <Typography variant="body2" color="text.secondary">
                {`${cm.authorName} · ${formatDateTime(cm.at)}`}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{cm.body}</Typography>
            </ListItem>
          ))}
        </List>
      )}
      {c.status === 'open' ? (
        <Box
          component="form"
          noValidate
          onSubmit={submit}
          sx={{ display: 'grid', gap: 1, mt: 2, maxWidth: 760 }}
        >
          <TextField
            label={t('detail.comment')}
            multiline
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={!!error}
            helperText={error ? t(`common:${error}`) : undefined}
          />
          {add.isError && (
            <Alert severity="error" role="alert">
              {describeError(add.error, t)}
            </Alert>
          )}
          <Box>
            <Button type="submit" variant="outlined" disabled={add.isPending}>
              {t('detail.addComment')}
            </Button>
          </Box>
        </Box>
      ) : (
        <Typography sx={{ mt: 2 }}>{t('detail.closedNoComment')}</Typography>
      )}
    </Box>
  );
}
