import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Helper text of the description: what a good case includes. */
export function DescriptionChecklist({ id }: { id: string }) {
  const { t } = useTranslation('support');
  const items = t('form.checklist', { returnObjects: true }) as unknown;
  const list = Array.isArray(items) ? items.filter((x): x is string => typeof x === 'string') : [];
  return (
    <Box id={id} sx={{ mt: 1, color: 'text.secondary' }}>
      <Typography variant="body2">{t('form.checklistIntro')}</Typography>
      <Box component="ul" sx={{ m: 0, pl: 3, columns: { sm: 2 }, typography: 'body2' }}>
        {list.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Box>
    </Box>
  );
}
