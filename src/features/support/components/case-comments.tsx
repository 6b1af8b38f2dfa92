import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addCommentSchema,
  type Attachment,
  type CaseComment,
  type SupportCaseView,
} from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { formatDateTime } from '@/i18n/i18n';
import { describeError } from '@/lib/errors';
import { useAddComment } from '../api/add-comment';
import { AttachmentList } from './attachment-list';
import { AttachmentsField, type AttachmentsFieldHandle } from './attachments-field';

function Comment({ comment: cm }: { comment: CaseComment }) {
  const { t } = useTranslation('support');
  const fromSupport = cm.author === 'support';
  return (
    <ListItem disableGutters divider sx={{ display: 'block' }}>
      {fromSupport && (
        <Typography variant="subtitle2" component="p" sx={{ fontWeight: 700 }}>
          {t('detail.supportReply')}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        {`${cm.authorName} · ${formatDateTime(cm.at)}`}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {fromSupport && cm.message
          ? t(`detail.supportMessages.${cm.message}`, { agent: cm.authorName })
          : cm.body}
      </Typography>
      <AttachmentList attachments={cm.attachments} label={t('attachments.ofComment')} />
    </ListItem>
  );
}

/** The case's comments and, while it is open, a form to add one with files (what is typed survives a failure). */
export function CaseComments({ supportCase: c }: { supportCase: SupportCaseView }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const add = useAddComment(c.id);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<Attachment[]>([]);
  // A new field after a comment is added: its refusals and uploads start afresh.
  const [round, setRound] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const filesRef = useRef<AttachmentsFieldHandle>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAttempted(true);
    if ((filesRef.current?.state() ?? 'ready') !== 'ready') return;
    const parsed = addCommentSchema.safeParse({ body, attachmentIds: files.map((f) => f.id) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'validation.commentRequired');
      return;
    }
    setError(null);
    add.mutate(
      { body: parsed.data.body, attachmentIds: parsed.data.attachmentIds },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
          setAttempted(false);
          setRound((r) => r + 1);
          notify(t('detail.commentAdded'));
        },
      },
    );
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
            <Comment key={cm.id} comment={cm} />
          ))}
        </List>
      )}
      {c.status !== 'closed' ? (
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
          <AttachmentsField
            key={round}
            ref={filesRef}
            id={`case-${c.id}-comment-files`}
            attachments={files}
            onAdd={(a) => setFiles((list) => [...list, a])}
            onRemove={(id) => setFiles((list) => list.filter((f) => f.id !== id))}
            showPending={attempted}
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
        // Closed for more than 14 days: no invitation to reopen (the status actions say what to do instead).
        <Typography sx={{ mt: 2 }}>
          {c.canReopen ? t('detail.closedNoComment') : t('detail.closedForGood')}
        </Typography>
      )}
    </Box>
  );
}
