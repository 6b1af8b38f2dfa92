import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { GrantPolicy } from '@/api/rules/grant-rules';
import type { Administrator } from '@/api/schemas/administrators';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { useUpdateAdminRoles } from '../../api/update-admin-roles';
import { endDatesChange, sharedEndDate } from '../../model/grant-end-date';
import { GrantEndDateField, useGrantEndDateIssue } from '../role-picker/grant-end-date-field';
import { RightsPreview } from '../role-picker/rights-preview';
import { RolePicker } from '../role-picker/role-picker';
import { fromRoleGrants, roleDraftIssues, toRoleGrants, type RoleDraft } from '../../model/role-draft';

interface Props {
  admin: Administrator;
  policy: GrantPolicy;
  onClose: () => void;
  /** Re-read the admin from the server (after a 409). */
  onReload: () => void;
}

/** Edit admin rights: the Add admin role picker, prefilled; same rules, same validation. */
export function EditRightsDialog({ admin, policy, onClose, onReload }: Props) {
  const { t } = useTranslation('adminDetails');
  const notify = useNotify();
  const update = useUpdateAdminRoles(admin.userId);
  // Roles the signed-in admin cannot grant are kept as they are (they are not shown).
  const hidden = admin.roles.filter((r) => !policy.roles.includes(r.role));
  const [initialEnd] = useState(() =>
    sharedEndDate(
      admin,
      admin.roles.filter((r) => !hidden.includes(r)),
    ),
  );
  const [draft, setDraft] = useState<RoleDraft>(() => ({
    ...fromRoleGrants(admin.roles),
    ...(initialEnd ? { endDate: initialEnd } : {}),
  }));
  const [error, setError] = useState<unknown>(null);
  const endDateIssue = useGrantEndDateIssue(draft);
  const issues = roleDraftIssues(draft);
  const nextRoles = [...hidden, ...toRoleGrants(draft)];
  const valid =
    nextRoles.length > 0 &&
    !endDateIssue &&
    (issues.length === 0 || (draft.enabled.length === 0 && hidden.length > 0));
  const conflict = error instanceof ApiError && error.status === 409 && error.code !== 'last-system-admin';

  const save = () => {
    if (!valid || update.isPending) return;
    setError(null);
    update.mutate(
      { roles: nextRoles, version: admin.version, ...endDatesChange(draft, initialEnd, policy.roles) },
      {
        onSuccess: (a) => {
          notify(t('editDialog.saved', { name: a.name }));
          onClose();
        },
        onError: setError,
      },
    );
  };

  const message = (() => {
    if (!(error instanceof ApiError)) return error ? describeError(error, t) : null;
    if (error.code === 'admin-removed') return t('editDialog.removedElsewhere');
    if (error.code === 'version-conflict') return t('editDialog.conflict');
    if (error.code === 'last-system-admin') return t('lastSystemAdmin');
    const fields = Object.values(error.fieldErrors).flat();
    return fields.length ? fields.map((k) => t(`common:${k}`)).join(' ') : describeError(error, t);
  })();

  return (
    <Dialog
      open
      onClose={update.isPending ? undefined : onClose}
      aria-labelledby="edit-rights-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="edit-rights-title">{t('editDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('editDialog.intro', { name: admin.name })}</DialogContentText>
        {message && (
          <Alert
            severity="error"
            role="alert"
            sx={{ mb: 2 }}
            action={
              conflict ? (
                <Button color="inherit" size="small" onClick={onReload}>
                  {t('editDialog.reload')}
                </Button>
              ) : undefined
            }
          >
            {t('editDialog.notSaved')} {message}
          </Alert>
        )}
        <RolePicker value={draft} onChange={setDraft} policy={policy} disabled={update.isPending} />
        <GrantEndDateField value={draft} onChange={setDraft} disabled={update.isPending} />
        <RightsPreview roles={toRoleGrants(draft)} />
        {!valid && (
          <Alert severity="info" sx={{ mt: 2 }} id="edit-rights-why">
            {t('editDialog.invalid')} {[...new Set(issues)].map((k) => t(`common:${k}`)).join(' ')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={update.isPending}>
          {t('common:cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={save}
          disabled={!valid || update.isPending}
          aria-describedby={!valid ? 'edit-rights-why' : undefined}
        >
          {t('common:save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
