import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_MAX } from '@/api/schemas/common';
import { setUpProfileSchema, type SetUpProfileInput } from '@/api/schemas/invitations';
import { describeError } from '@/lib/errors';
import { spreadFieldErrors, validationMessage } from '@/lib/field-errors';
import { countryOptions } from '../countries';
import { useStepHeading } from '../use-step-heading';
import { useDocumentTitle } from '@/lib/use-document-title';

type Field = keyof SetUpProfileInput;
const FIELDS: readonly Field[] = ['firstName', 'lastName', 'country', 'supportPhone'];
const fieldOf = (path: string): Field | undefined => FIELDS.find((f) => f === path);

/**
 * `Set up your profile`: first name, last name, country/region, and an optional `Support phone number`
 * (international). Server field errors show on their field.
 */
export function ProfileForm({
  org,
  pending,
  error,
  serverErrors,
  onSubmit,
}: {
  org: string;
  pending: boolean;
  error: unknown;
  serverErrors: Record<string, string[]>;
  onSubmit: (value: SetUpProfileInput) => void;
}) {
  const { t, i18n } = useTranslation('invitations');
  useDocumentTitle(t('setUp.title'));
  const heading = useStepHeading<HTMLHeadingElement>('profile');
  const [value, setValue] = useState<Required<SetUpProfileInput>>({
    firstName: '',
    lastName: '',
    country: '',
    supportPhone: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  // The server's field errors under their fields; any naming no field of this form above them.
  const server = useMemo(() => spreadFieldErrors(serverErrors, fieldOf), [serverErrors]);
  const messageOf = (f: Field) => {
    const key = errors[f] ?? server.fields[f];
    return key ? validationMessage(t, key) : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = setUpProfileSchema.safeParse(value);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as Field] ??= issue.message;
      setErrors(next);
      const first = FIELDS.find((f) => next[f]);
      if (first) document.getElementById(`profile-${first}`)?.focus();
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };

  const field = (f: Field) => ({
    id: `profile-${f}`,
    value: value[f],
    error: Boolean(messageOf(f)),
    helperText: messageOf(f) ?? ' ',
    onChange: (e: { target: { value: string } }) => setValue((v) => ({ ...v, [f]: e.target.value })),
    fullWidth: true,
    required: true,
  });

  const otherError = error !== null && Object.keys(serverErrors).length === 0;
  // A failed set-up: focus the first field the server found wrong.
  useEffect(() => {
    const first = FIELDS.find((f) => server.fields[f]);
    if (first) document.getElementById(`profile-${first}`)?.focus();
  }, [server]);

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Typography ref={heading} tabIndex={-1} variant="h1" sx={{ fontSize: '2rem', outline: 'none', mb: 1 }}>
        {t('setUp.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('setUp.intro', { org })}</Typography>
      {otherError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(error, t)}
        </Alert>
      )}
      {server.other.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {server.other.map((k) => validationMessage(t, k)).join(' ')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 1, maxWidth: 420 }}>
        <TextField
          {...field('firstName')}
          label={t('setUp.firstName')}
          autoComplete="given-name"
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          {...field('lastName')}
          label={t('setUp.lastName')}
          autoComplete="family-name"
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          {...field('country')}
          select
          label={t('setUp.country')}
          autoComplete="country"
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{t('setUp.chooseCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </TextField>
        <TextField
          {...field('supportPhone')}
          required={false}
          type="tel"
          label={t('setUp.supportPhone')}
          autoComplete="tel"
          helperText={messageOf('supportPhone') ?? t('setUp.supportPhoneHelp')}
          slotProps={{ htmlInput: { maxLength: PHONE_MAX, inputMode: 'tel' } }}
        />
      </Box>
      <Button type="submit" variant="contained" loading={pending} sx={{ mt: 2 }}>
        {t('setUp.continue')}
      </Button>
    </Box>
  );
}
