import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useUser } from '@/api/user-queries';
import { EmailText } from '@/components/email-text';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-states';
import { currentLanguage } from '@/i18n/i18n';
import { permissionsOf } from '@/session/permissions';
import { useSession } from '@/session/session-api';

/** The country's name in the reader's language ("FR" → France / France), or the code when Intl does not know it. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * /users/all/:userId — one person of the directory: name, email, ID type, country. `Make admin` opens the Add admin
 * wizard on Administrators with this person chosen (`?add=1&user=<id>`), for those who may add admins.
 */
export function UserDetailsPage() {
  const { userId = '' } = useParams();
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  const perms = permissionsOf(useSession().data);
  const query = useUser(userId);
  const back = (
    <Link
      component={RouterLink}
      to="/users"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
    >
      <ArrowBack fontSize="small" aria-hidden />
      {t('userDetails.back')}
    </Link>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Box>
        {back}
        {gone ? (
          <>
            <PageHeading>{t('userDetails.notFound')}</PageHeading>
            <Typography>{t('userDetails.notFoundHelp')}</Typography>
          </>
        ) : (
          <ErrorState error={query.error} what={t('userDetails.what')} onRetry={() => void query.refetch()} />
        )}
      </Box>
    );
  }
  const u = query.data;
  return (
    <Box>
      {back}
      <PageHeading focusKey={u.id}>{u.name}</PageHeading>
      {perms.canAddAdmins ? (
        <Button
          variant="contained"
          onClick={() => void navigate(`/users/administrators?add=1&user=${encodeURIComponent(u.id)}`)}
          sx={{ mb: 3 }}
        >
          {t('userDetails.makeAdmin')}
        </Button>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2, maxWidth: 720 }}>
        <Box
          component="dl"
          sx={{ m: 0, '& dt': { fontWeight: 700 }, '& dd': { ml: 0, mb: 1, overflowWrap: 'anywhere' } }}
        >
          <dt>{t('userDetails.email')}</dt>
          <dd>
            <EmailText email={u.email} />
          </dd>
          <dt>{t('userDetails.idType')}</dt>
          <dd>{t(`common:idType.${u.idType}`)}</dd>
          {u.country ? (
            <>
              <dt>{t('userDetails.country')}</dt>
              <dd>{countryName(u.country)}</dd>
            </>
          ) : null}
        </Box>
      </Paper>
    </Box>
  );
}
