import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { PHONE_MAX } from '@/api/schemas/common';

interface Props {
  id: string;
  value: string;
  /** The value shown is the profile's support phone number (nothing typed yet). */
  fromProfile: boolean;
  /** The translated message of a refused number. */
  error?: string;
  onChange: (value: string) => void;
}

/** `Phone number` (Priority and contact): optional, international; filled in from the profile's support number. */
export function ContactPhoneField({ id, value, fromProfile, error, onChange }: Props) {
  const { t } = useTranslation('support');
  return (
    <TextField
      id={id}
      type="tel"
      label={t('form.phoneNumber')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? (fromProfile ? t('form.phoneFromProfile') : t('form.phoneHelp'))}
      slotProps={{ htmlInput: { autoComplete: 'tel', inputMode: 'tel', maxLength: PHONE_MAX } }}
      sx={{ maxWidth: 360 }}
    />
  );
}
