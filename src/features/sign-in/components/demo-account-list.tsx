import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DEMO_ACCOUNTS } from '../demo-accounts';

/** The named people of the demo org: one click signs in as them. */
export function DemoAccountList({
  onPick,
  disabled,
}: {
  onPick: (email: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('signIn');
  return (
    <section aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" variant="h2" sx={{ fontSize: '1.25rem', mt: 4, mb: 0.5 }}>
        {t('demoTitle')}
      </Typography>
      <Typography sx={{ color: 'text.secondary' }}>{t('demoHelp')}</Typography>
      <List dense>
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.email}>
            <ListItemButton
              component="button"
              disabled={disabled}
              onClick={() => onPick(a.email)}
              sx={{ borderRadius: 1, width: '100%', textAlign: 'left' }}
            >
              <ListItemText
                primary={a.name}
                secondary={`${a.email} · ${t(`summary.${a.summary}`)}`}
                slotProps={{
                  primary: { component: 'span' },
                  secondary: { component: 'span', sx: { display: 'block' } },
                }}
              />
            </ListItemButton>
          </li>
        ))}
      </List>
    </section>
  );
}
