import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api/schemas/users';
import { useStepHeading } from '../use-step-heading';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `Select a profile`: one radio per profile, named after it. */
export function SelectProfile({
  org,
  profiles,
  pending,
  message,
  onChoose,
}: {
  org: string;
  profiles: Profile[];
  pending: boolean;
  message: string | null;
  onChoose: (profileId: string) => void;
}) {
  const { t } = useTranslation('invitations');
  useDocumentTitle(t('select.title'));
  const heading = useStepHeading<HTMLHeadingElement>('select');
  const [chosen, setChosen] = useState(
    profiles.find((p) => p.kind === 'business')?.id ?? profiles[0]?.id ?? '',
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) onChoose(chosen);
  };
  return (
    <Box component="form" onSubmit={submit}>
      <Typography ref={heading} tabIndex={-1} variant="h1" sx={{ fontSize: '2rem', outline: 'none', mb: 1 }}>
        {t('select.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('select.intro', { org })}</Typography>
      {message && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {message}
        </Alert>
      )}
      <FormControl>
        <FormLabel id="profile-legend">{t('select.legend')}</FormLabel>
        <RadioGroup
          aria-labelledby="profile-legend"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          {profiles.map((p) => (
            <Box key={p.id} sx={{ mb: 1 }}>
              <FormControlLabel
                value={p.id}
                control={<Radio slotProps={{ input: { 'aria-describedby': `profile-hint-${p.id}` } }} />}
                label={p.kind === 'personal' ? t('select.personalName') : p.name}
              />
              <Typography id={`profile-hint-${p.id}`} variant="body2" sx={{ ml: 4, color: 'text.secondary' }}>
                {p.kind === 'personal'
                  ? t('select.personalHint', { org })
                  : t('select.businessHint', { org: p.name })}
              </Typography>
            </Box>
          ))}
        </RadioGroup>
      </FormControl>
      <Box>
        <Button type="submit" variant="contained" loading={pending} disabled={!chosen} sx={{ mt: 2 }}>
          {t('select.continue')}
        </Button>
      </Box>
    </Box>
  );
}
