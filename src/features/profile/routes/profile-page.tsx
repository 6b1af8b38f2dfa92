import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '@/api/client';
import { PHONE_MAX } from '@/api/schemas/common';
import { languageSchema, updateProfileSchema, type User } from '@/api/schemas/users';
import { useNotify } from '@/components/notifier';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-states';
import { describeError } from '@/lib/errors';
import { useSession } from '@/session/session-api';
import { useUpdateLanguage } from '../api/update-language';
import { useUpdateProfile } from '../api/update-profile';

/** `Language of your emails`: saved as soon as it is chosen; until then emails come in English. */
function EmailLanguageField({ user }: { user: User }) {
  const { t } = useTranslation('profile');
  const notify = useNotify();
  const save = useUpdateLanguage();
  return (
    <Box sx={{ display: 'grid', gap: 1, maxWidth: 420, mb: 3 }}>
      <TextField
        select
        id="profile-email-language"
        label={t('emailLanguage')}
        value={user.language ?? ''}
        disabled={save.isPending}
        onChange={(e) => {
          const parsed = languageSchema.safeParse(e.target.value);
          if (parsed.success) save.mutate({ language: parsed.data }, { onSuccess: () => notify(t('saved')) });
        }}
        helperText={t('emailLanguageHelp')}
        slotProps={{ select: { native: true } }}
      >
        {user.language ? null : <option value="">{t('emailLanguageUnset')}</option>}
        <option value="en" lang="en">
          English
        </option>
        <option value="fr" lang="fr">
          Français
        </option>
      </TextField>
      {save.isError && (
        <Alert severity="error" role="alert">
          {describeError(save.error, t)}
        </Alert>
      )}
    </Box>
  );
}

function PhoneForm({ user }: { user: User }) {
  const { t } = useTranslation('profile');
  const notify = useNotify();
  const save = useUpdateProfile();
  const [phone, setPhone] = useState(user.supportPhone ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = updateProfileSchema.safeParse({ supportPhone: phone });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'validation.phoneInvalid');
      document.getElementById('profile-support-phone')?.focus();
      return;
    }
    setError(null);
    save.mutate(
      { supportPhone: parsed.data.supportPhone ?? '' },
      {
        onSuccess: (saved) => {
          setPhone(saved.supportPhone ?? '');
          notify(t('saved'));
        },
        onError: (err) => {
          const key = err instanceof ApiError ? err.fieldErrors.supportPhone?.[0] : undefined;
          if (key) setError(key);
        },
      },
    );
  };
  const serverKeyed = save.error instanceof ApiError && !!save.error.fieldErrors.supportPhone;
  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2, maxWidth: 420 }}>
      <TextField
        id="profile-support-phone"
        type="tel"
        label={t('supportPhone')}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={!!error}
        helperText={error ? t(`common:${error}`) : t('supportPhoneHelp')}
        slotProps={{ htmlInput: { autoComplete: 'tel', inputMode: 'tel', maxLength: PHONE_MAX } }}
      />
      {save.isError && !serverKeyed && (
        <Alert severity="error" role="alert">
          {describeError(save.error, t)}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" loading={save.isPending}>
          {t('common:save')}
        </Button>
      </Box>
    </Box>
  );
}

/** `/profile` (account menu › Profile): who one is, and the support phone number Adobe Support calls back on. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  const { user } = session.data;
  return (
    <Box sx={{ p: 3, maxWidth: 760 }}>
      <PageHeading>{t('title')}</PageHeading>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, mb: 3 }}
      >
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          {t('name')}
        </Typography>
        <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {user.name}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          {t('email')}
        </Typography>
        <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {user.email}
        </Typography>
      </Box>
      <EmailLanguageField user={user} />
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('supportTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('supportIntro')}</Typography>
      <PhoneForm user={user} />
    </Box>
  );
}
