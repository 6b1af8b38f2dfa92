import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError, newIdempotencyKey } from '@/api/client';
import { useConfirm } from '@/components/confirm';
import { PageHeading } from '@/components/page-heading';
import { useNotify } from '@/components/notifier';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { formatDateTime } from '@/i18n/i18n';
import { describeError } from '@/lib/errors';
import { permissionsOf } from '@/session/permissions';
import { useSession } from '@/session/session-api';
import { isLastSystemAdmin, useActiveSystemAdminCount } from '../api/count-system-admins';
import { useAdministrator } from '../api/get-administrator';
import { useRemoveAdmin } from '../api/remove-admin';
import { useResendInvitation } from '../api/resend-invitation';
import { EditRightsDialog } from '../components/admin-details/edit-rights-dialog';
import { RoleScopeList } from '../components/admin-details/role-scope-list';
import { EmailText } from '@/components/email-text';

const LAST_SYSTEM_ID = 'admin-last-system-admin';
const OWN_RIGHTS_ID = 'own-rights';

/** /users/administrators/:userId — roles with scopes, status, invitation; edit, resend, remove. */
export function AdminDetailsPage() {
  const { userId = '' } = useParams();
  const { t } = useTranslation('adminDetails');
  const navigate = useNavigate();
  const notify = useNotify();
  const confirm = useConfirm();
  const session = useSession();
  const perms = permissionsOf(session.data);
  const remove = useRemoveAdmin();
  // Once removed, the details are gone on the server (404): not read again while the page navigates away.
  const query = useAdministrator(userId, !(remove.isPending || remove.isSuccess));
  const resend = useResendInvitation(userId);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const admin = query.data;
  const holdsSystem = admin?.status === 'active' && admin.roles.some((r) => r.role === 'system');
  const systemAdmins = useActiveSystemAdminCount(holdsSystem && perms.isSystemAdmin);

  const back = (
    <Link
      component={RouterLink}
      to="/users/administrators"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
    >
      <ArrowBack fontSize="small" aria-hidden />
      {t('back')}
    </Link>
  );

  if (query.isPending) return <LoadingState />;
  // A 404 (never an admin, or removed since) or an admin never read replaces the page; another failed re-read keeps
  // it (and Edit admin rights) on screen, with the error above it.
  const gone = query.error instanceof ApiError && query.error.status === 404;
  if (query.isError && (!admin || gone)) {
    if (gone) {
      return (
        <Box>
          {back}
          <EmptyState title={t('notAdmin')}>
            <Typography>{t('notAdminHelp')}</Typography>
          </EmptyState>
        </Box>
      );
    }
    return (
      <Box>
        {back}
        <ErrorState error={query.error} what={t('listName')} onRetry={() => void query.refetch()} />
      </Box>
    );
  }
  if (!admin) return null;

  const mayManage = perms.canAddAdmins && admin.roles.some((r) => perms.grantPolicy.roles.includes(r.role));
  const mayRemove = perms.canAddAdmins && admin.roles.every((r) => perms.grantPolicy.roles.includes(r.role));
  // Nobody edits their own rights (the server refuses it too); someone else must.
  const isSelf = session.data?.user.id === admin.userId;
  // Said before anyone asks: the last System administrator cannot be removed (the server refuses it too).
  const lastSystem = isLastSystemAdmin(admin, systemAdmins.data);

  const onRemove = async () => {
    setFailure(null);
    const ok = await confirm({
      title: t('removeTitle'),
      message: t('removeMessage', { name: admin.name }),
      confirmLabel: t('removeConfirm'),
      destructive: true,
    });
    if (!ok) return;
    remove.mutate(admin.userId, {
      onSuccess: () => {
        notify(t('removed', { name: admin.name }));
        void navigate('/users/administrators');
      },
      onError: (e) =>
        setFailure(
          e instanceof ApiError && e.code === 'last-system-admin'
            ? t('lastSystemAdmin')
            : `${t('removeFailed')} ${describeError(e, t)}`,
        ),
    });
  };

  const onResend = () => {
    setFailure(null);
    resend.mutate(newIdempotencyKey(), {
      onSuccess: (a) => notify(t('resent', { email: a.email })),
      onError: (e) => setFailure(`${t('resendFailed')} ${describeError(e, t)}`),
    });
  };

  return (
    <Box>
      {back}
      <PageHeading focusKey={admin.userId}>{admin.name}</PageHeading>
      <Typography color="text.secondary" sx={{ mt: -1, mb: 2, overflowWrap: 'anywhere' }}>
        <EmailText email={admin.email} /> · {t(`common:idType.${admin.idType}`)}
      </Typography>
      {query.isError ? (
        <ErrorState error={query.error} what={t('listName')} onRetry={() => void query.refetch()} />
      ) : null}
      {failure && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mb: 3, flexWrap: 'wrap' }} useFlexGap>
        {mayManage && !isSelf && (
          <Button variant="contained" onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
        )}
        {perms.canAddAdmins && admin.status !== 'active' && (
          <Button variant="outlined" onClick={onResend} disabled={resend.isPending}>
            {t('resend')}
          </Button>
        )}
        {mayRemove && (
          <Button
            variant="outlined"
            color="error"
            onClick={() => void onRemove()}
            disabled={remove.isPending || isSelf || lastSystem}
            aria-describedby={
              [isSelf ? OWN_RIGHTS_ID : '', lastSystem ? LAST_SYSTEM_ID : ''].filter(Boolean).join(' ') ||
              undefined
            }
          >
            {t('remove')}
          </Button>
        )}
      </Stack>
      {(mayManage || mayRemove) && isSelf ? (
        <Alert severity="info" id={OWN_RIGHTS_ID} sx={{ mb: 2 }}>
          {t('ownRights')}
        </Alert>
      ) : null}
      {mayRemove && lastSystem ? (
        <Alert severity="info" id={LAST_SYSTEM_ID} sx={{ mb: 2 }}>
          {t('lastSystemAdminUpFront', { name: admin.name, org: session.data?.org.name ?? '' })}
        </Alert>
      ) : null}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'stretch' }}>
        <Paper variant="outlined" sx={{ p: 2, flex: 2 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {t('rolesHeading')}
          </Typography>
          <RoleScopeList roles={admin.roles} grants={admin.grants} />
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, flex: 1 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {t('statusHeading')}
          </Typography>
          <Chip
            label={t(`common:status.${admin.status}`)}
            color={admin.status === 'active' ? 'success' : admin.status === 'expired' ? 'error' : 'warning'}
            variant="outlined"
            sx={{ mb: 2 }}
          />
          {(!admin.grants || admin.status !== 'active') && (
            <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
              {t('invitationHeading')}
            </Typography>
          )}
          <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 700 }, '& dd': { ml: 0, mb: 1 } }}>
            {/* Invited and accepted are per role (under Admin roles) when the backend says them per role. */}
            {admin.invitedAt && !admin.grants && (
              <>
                <dt>{t('invitedAt')}</dt>
                <dd>{formatDateTime(admin.invitedAt)}</dd>
              </>
            )}
            {admin.acceptedAt && !admin.grants && (
              <>
                <dt>{t('acceptedAt')}</dt>
                <dd>{formatDateTime(admin.acceptedAt)}</dd>
              </>
            )}
            {admin.status !== 'active' && admin.invitationExpiresAt && (
              <>
                <dt>{t(admin.status === 'expired' ? 'expiredAt' : 'expiresAt')}</dt>
                <dd>{formatDateTime(admin.invitationExpiresAt)}</dd>
              </>
            )}
          </Box>
          {admin.status === 'expired' && <Alert severity="warning">{t('invitationExpired')}</Alert>}
        </Paper>
      </Stack>
      {editing && (
        <EditRightsDialog
          admin={admin}
          policy={perms.grantPolicy}
          onClose={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            void query.refetch();
          }}
        />
      )}
    </Box>
  );
}
