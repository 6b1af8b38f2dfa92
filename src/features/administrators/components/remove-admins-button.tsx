import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { useConfirm } from '@/components/confirm';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { useRemoveAdmins } from '../api/remove-admins';

/**
 * `Remove admins`: disabled until rows are selected; asks first; the org keeps one System administrator. When the
 * selection holds every System administrator it is disabled, described by the reason (`blockedBy`, an element id).
 */
export function RemoveAdminsButton({
  userIds,
  onRemoved,
  blockedBy,
}: {
  userIds: string[];
  onRemoved: () => void;
  blockedBy?: string | undefined;
}) {
  const { t } = useTranslation('administrators');
  const confirm = useConfirm();
  const notify = useNotify();
  const remove = useRemoveAdmins();
  const count = userIds.length;
  const onClick = async () => {
    const ok = await confirm({
      title: t('remove.title'),
      message: t('remove.message', { count }),
      confirmLabel: t('remove.confirm'),
      destructive: true,
    });
    if (!ok) return;
    remove.mutate(userIds, {
      onSuccess: () => {
        onRemoved();
        notify(t('remove.done', { count }));
      },
      onError: (e) => {
        // A role or scope refusal is worded for removal here: the server's reason is the grant rule's.
        const code = e instanceof ApiError ? e.code : undefined;
        const why =
          code === 'last-system-admin'
            ? t('remove.lastSystemAdmin')
            : code === 'forbidden-role' || code === 'forbidden-scope'
              ? t('remove.forbidden')
              : describeError(e, t);
        notify(`${t('remove.failed')} ${why}`, 'error');
      },
    });
  };
  return (
    <Button
      variant="outlined"
      color="error"
      disabled={count === 0 || remove.isPending || blockedBy !== undefined}
      aria-describedby={blockedBy}
      onClick={() => void onClick()}
    >
      {t('removeAdmins')}
    </Button>
  );
}
