import Button from '@mui/material/Button';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '@/api/client';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { useResendInvitations, type ResendBatch } from '../api/resend-invitations';

interface Props {
  /** The selected admins whose invitation is pending or expired, with their names for the messages. */
  pending: { userId: string; name: string }[];
  onDone: () => void;
}

/**
 * `Resend invitations`: a new link to each selected person still invited. A batch that failed in part keeps its key,
 * so sending it again resends only to those who did not get it (the server replays the others).
 */
export function ResendInvitationsButton({ pending, onDone }: Props) {
  const { t } = useTranslation('administrators');
  const notify = useNotify();
  const resend = useResendInvitations();
  const last = useRef<ResendBatch | null>(null);
  const onClick = () => {
    const userIds = pending.map((p) => p.userId).sort();
    const same = last.current && last.current.userIds.join() === userIds.join();
    const batch: ResendBatch = same && last.current ? last.current : { userIds, key: newIdempotencyKey() };
    last.current = batch;
    resend.mutate(batch, {
      onSuccess: ({ resent, failed }) => {
        const done = resent.length ? t('resend.done', { count: resent.length }) : '';
        if (failed.length === 0) {
          last.current = null;
          notify(done);
          onDone();
          return;
        }
        const names = failed.map((f) => pending.find((p) => p.userId === f.userId)?.name ?? f.userId);
        const why = t('resend.failed', {
          names: names.join(', '),
          reason: describeError(failed[0]!.error, t),
        });
        notify(done ? `${done} ${why}` : why, 'error');
      },
    });
  };
  return (
    <Button variant="outlined" disabled={pending.length === 0 || resend.isPending} onClick={onClick}>
      {t('resendInvitations')}
    </Button>
  );
}
