import CloseIcon from '@mui/icons-material/Close';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useImperativeHandle, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '@/api/client';
import { ATTACHMENTS_MAX, ATTACHMENT_ACCEPT, attachmentProblem } from '@/api/rules/attachments';
import type { Attachment } from '@/api/schemas/support';
import { describeError } from '@/lib/errors';
import { uploadAttachment } from '../api/upload-attachment';
import { useFileSize } from './attachment-list';
import { focusRing } from '@/theme/theme';

export interface AttachmentsFieldHandle {
  /** Whether the files are ready to go with the case or comment (none uploading, none failed). */
  state: () => 'ready' | 'uploading' | 'failed';
}

interface Props {
  id: string;
  /** Files uploaded already (they go with the case or comment). */
  attachments: Attachment[];
  onAdd: (a: Attachment) => void;
  onRemove: (id: string) => void;
  /** A message key from the form's check or the server (support namespace). */
  error?: string;
  /** Once the form was submitted: say that files still uploading or failed hold it back. */
  showPending?: boolean;
  disabled?: boolean;
  ref?: Ref<AttachmentsFieldHandle>;
}

interface Upload {
  key: string;
  file: File;
  /** 0 to 1; null until the browser reports progress. */
  progress: number | null;
  error?: unknown;
}

interface Refusal {
  name?: string;
  key: string;
}

/**
 * `Add attachments`: up to 5 files of 20 MB each (images, PDF, text, logs, ZIP, HAR). A file that breaks a rule is
 * refused with the reason before anything is sent; the others upload at once, one request each, with their
 * progress, and are listed with name and size. A failed upload offers `Retry` and `Remove`: nothing else typed in
 * the form is touched.
 */
export function AttachmentsField({
  id,
  attachments,
  onAdd,
  onRemove,
  error,
  showPending,
  disabled,
  ref,
}: Props) {
  const { t } = useTranslation('support');
  const size = useFileSize();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((c) => c.abort());
  }, []);

  const state = uploads.some((u) => u.error !== undefined)
    ? 'failed'
    : uploads.length > 0
      ? 'uploading'
      : 'ready';
  useImperativeHandle(ref, () => ({ state: () => state }));
  const pendingKey =
    showPending && state === 'failed'
      ? 'attachments.fixFailed'
      : showPending && state === 'uploading'
        ? 'attachments.waitForUploads'
        : undefined;
  const shownError = error ?? pendingKey;

  const patch = (key: string, change: Partial<Upload> | null) =>
    setUploads((list) =>
      change === null
        ? list.filter((u) => u.key !== key)
        : list.map((u) => (u.key === key ? { ...u, ...change } : u)),
    );

  const start = (u: Upload) => {
    const controller = new AbortController();
    controllers.current.set(u.key, controller);
    uploadAttachment(u.file, {
      idempotencyKey: u.key,
      signal: controller.signal,
      onProgress: (sent) => patch(u.key, { progress: sent }),
    }).then(
      (a) => {
        controllers.current.delete(u.key);
        patch(u.key, null);
        onAdd(a);
      },
      (e: unknown) => {
        controllers.current.delete(u.key);
        if (e instanceof DOMException && e.name === 'AbortError') return;
        patch(u.key, { error: e, progress: null });
      },
    );
  };

  const onChoose = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file can be chosen again (after a removal)
    const refused: Refusal[] = [];
    const accepted: Upload[] = [];
    let room = ATTACHMENTS_MAX - attachments.length - uploads.length;
    for (const file of files) {
      const problem = attachmentProblem(file);
      if (problem) refused.push({ name: file.name, key: problem });
      else if (room <= 0) refused.push({ name: file.name, key: 'validation.attachmentsTooMany' });
      else {
        room -= 1;
        accepted.push({ key: newIdempotencyKey(), file, progress: null });
      }
    }
    setRefusals(refused);
    if (accepted.length === 0) return;
    setUploads((list) => [...list, ...accepted]);
    accepted.forEach(start);
  };

  const helpId = `${id}-help`;
  const full = attachments.length + uploads.length >= ATTACHMENTS_MAX;
  return (
    <Box>
      {/* A label styled as a button, holding the file input: the input keeps its own name and keyboard use
          (Space or Enter opens the picker), and nothing interactive is nested in another control. */}
      <Box
        component="label"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 1,
          px: 2,
          py: 0.75,
          border: 1,
          borderColor: 'primary.main',
          borderRadius: 1,
          color: 'primary.main',
          fontWeight: 600,
          fontSize: '0.875rem',
          cursor: 'pointer',
          '&:hover': { bgcolor: 'action.hover' },
          // The hidden input has the focus; the theme's ring shows on the button-like label around it.
          '&:has(input:focus-visible)': focusRing,
          ...(disabled || full ? { opacity: 0.5, cursor: 'default', pointerEvents: 'none' } : {}),
        }}
      >
        <UploadFileIcon fontSize="small" aria-hidden />
        {t('attachments.add')}
        <input
          id={id}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          disabled={disabled || full}
          aria-describedby={helpId}
          onChange={onChoose}
          style={{
            clip: 'rect(0 0 0 0)',
            clipPath: 'inset(50%)',
            height: 1,
            overflow: 'hidden',
            position: 'absolute',
            whiteSpace: 'nowrap',
            width: 1,
            outline: 'none',
          }}
        />
      </Box>
      <Typography id={helpId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('attachments.help', { max: ATTACHMENTS_MAX })}
      </Typography>
      <Box aria-live="polite">
        {refusals.map((r) => (
          <Typography
            key={`${r.name}-${r.key}`}
            variant="body2"
            color="error"
            sx={{ overflowWrap: 'anywhere' }}
          >
            {t('attachments.refused', {
              name: r.name,
              reason: t(r.key, { max: ATTACHMENTS_MAX }),
            })}
          </Typography>
        ))}
        {shownError && (
          <Typography variant="body2" color="error">
            {t(shownError, { max: ATTACHMENTS_MAX })}
          </Typography>
        )}
      </Box>
      {(attachments.length > 0 || uploads.length > 0) && (
        <Box
          component="ul"
          aria-label={t('attachments.listLabel')}
          sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
        >
          {attachments.map((a) => (
            <Box component="li" key={a.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography sx={{ overflowWrap: 'anywhere' }}>{`${a.name} (${size(a.size)})`}</Typography>
              <IconButton
                size="small"
                disabled={disabled}
                aria-label={t('attachments.remove', { name: a.name })}
                onClick={() => onRemove(a.id)}
              >
                <CloseIcon fontSize="small" aria-hidden />
              </IconButton>
            </Box>
          ))}
          {uploads.map((u) => (
            <Box component="li" key={u.key} sx={{ py: 0.5 }}>
              <Typography
                sx={{ overflowWrap: 'anywhere' }}
              >{`${u.file.name} (${size(u.file.size)})`}</Typography>
              {u.error === undefined ? (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <LinearProgress
                    sx={{ flexGrow: 1, maxWidth: 320 }}
                    aria-label={t('attachments.uploading', { name: u.file.name })}
                    {...(u.progress === null
                      ? { variant: 'indeterminate' }
                      : { variant: 'determinate', value: Math.round(u.progress * 100) })}
                  />
                  <Typography variant="body2" color="text.secondary">
                    {u.progress === null
                      ? t('attachments.starting')
                      : t('attachments.percent', { value: Math.round(u.progress * 100) })}
                  </Typography>
                </Box>
              ) : (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Typography variant="body2" color="error" role="alert">
                    {`${t('attachments.failed', { name: u.file.name })} ${describeError(u.error, t)}`}
                  </Typography>
                  <Button
                    size="small"
                    aria-label={t('attachments.retry', { name: u.file.name })}
                    onClick={() => {
                      patch(u.key, { error: undefined, progress: null });
                      start({ ...u, error: undefined, progress: null });
                    }}
                  >
                    {t('common:retry')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('attachments.remove', { name: u.file.name })}
                    onClick={() => patch(u.key, null)}
                  >
                    {t('attachments.removeShort')}
                  </Button>
                </Box>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
