import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '@/api/client';
import { emailSchema } from '@/api/schemas/common';
import { describeError } from '@/lib/errors';
import { useSignIn } from '@/session/session-api';
import { DemoAccountList } from '../components/demo-account-list';
import { safeNext } from '../demo-accounts';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Mock sign-in: an email (prefilled from `?email=`) or a demo account; then on to `?next=`. */
export function SignInPage() {
  const { t } = useTranslation('signIn');
  useDocumentTitle(t('title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [otherError, setOtherError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const next = safeNext(params.get('next'));

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (value: string) => {
    setOtherError(null);
    const parsed = emailSchema.safeParse(value);
    if (!parsed.success) {
      setFieldError(t(`common:${parsed.error.issues[0]?.message ?? 'validation.emailInvalid'}`));
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    signIn.mutate(
      { email: parsed.data },
      {
        onSuccess: () => void navigate(next, { replace: true, state: { fromSignIn: true } }),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'unknown-account') {
            setFieldError(t('unknownAccount'));
            inputRef.current?.focus();
          } else setOtherError(e);
        },
      },
    );
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(email);
  };

  return (
    <Box sx={{ p: 3, maxWidth: 640, mx: 'auto' }}>
      <Typography
        ref={headingRef}
        tabIndex={-1}
        variant="h1"
        sx={{ fontSize: '2rem', mb: 1, outline: 'none' }}
      >
        {t('title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('intro')}</Typography>
      {otherError !== null && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(otherError, t)}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={onSubmit}
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}
      >
        <TextField
          inputRef={inputRef}
          label={t('email')}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError !== null}
          helperText={fieldError ?? ' '}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 254, 'aria-invalid': fieldError !== null } }}
        />
        <Button type="submit" variant="contained" loading={signIn.isPending} sx={{ mt: 1, flexShrink: 0 }}>
          {t('continue')}
        </Button>
      </Box>
      <DemoAccountList
        disabled={signIn.isPending}
        onPick={(picked) => {
          setEmail(picked);
          submit(picked);
        }}
      />
    </Box>
  );
}
