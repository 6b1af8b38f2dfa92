import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { EmailMessage } from '@/api/schemas/invitations';
import { formatDateTime } from '@/i18n/i18n';
import { EmailSubject } from './email-parts';

/** One button per email (recipient, subject, date); the selected one is marked as current. */
export function EmailList({
  emails,
  selectedId,
  onSelect,
}: {
  emails: EmailMessage[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('mailbox');
  return (
    <List aria-label={t('listLabel')} dense disablePadding>
      {emails.map((m) => (
        <li key={m.id}>
          <ListItemButton
            component="button"
            sx={{ width: '100%', textAlign: 'left' }}
            selected={m.id === selectedId}
            aria-current={m.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(m.id)}
            divider
          >
            <ListItemText
              primary={`${m.toName === m.to ? m.to : m.toName} · ${m.to}`}
              secondary={
                <>
                  <EmailSubject email={m} />
                  {` — ${formatDateTime(m.sentAt)}`}
                </>
              }
              slotProps={{
                primary: {
                  component: 'span',
                  sx: { display: 'block', fontWeight: 600, overflowWrap: 'anywhere' },
                },
                secondary: { component: 'span', sx: { display: 'block' } },
              }}
            />
          </ListItemButton>
        </li>
      ))}
    </List>
  );
}
