import AttachFileIcon from '@mui/icons-material/AttachFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeParts } from '@/api/rules/attachments';
import type { Attachment } from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { downloadBlob } from '@/lib/download';
import { describeError } from '@/lib/errors';
import { downloadAttachment } from '../api/upload-attachment';

/** `12 KB`, `1,5 Mo`: a size in the reader's language. */
export function useFileSize() {
  const { t } = useTranslation('support');
  return (bytes: number) => {
    const { value, unit } = sizeParts(bytes);
    return t(`attachments.size.${unit}`, { value, count: value });
  };
}

function DownloadButton({ attachment: a }: { attachment: Attachment }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const size = useFileSize();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      downloadBlob(await downloadAttachment(a.id), a.name);
    } catch (e) {
      notify(`${t('attachments.downloadFailed', { name: a.name })} ${describeError(e, t)}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      startIcon={<AttachFileIcon aria-hidden />}
      loading={busy}
      onClick={() => void run()}
      aria-label={t('attachments.download', { name: a.name, size: size(a.size) })}
      sx={{
        textTransform: 'none',
        textAlign: 'left',
        overflowWrap: 'anywhere',
        justifyContent: 'flex-start',
      }}
    >
      {`${a.name} (${size(a.size)})`}
    </Button>
  );
}

/** A case's or a comment's files: name (always as text) and size, each a button that downloads it. */
export function AttachmentList({ attachments, label }: { attachments: Attachment[]; label: string }) {
  if (attachments.length === 0) return null;
  return (
    <Box component="ul" aria-label={label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {attachments.map((a) => (
        <li key={a.id}>
          <DownloadButton attachment={a} />
        </li>
      ))}
    </Box>
  );
}
