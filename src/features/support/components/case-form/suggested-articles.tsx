import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchArticles } from '../../data/articles';
import { ArticleList } from '../article-list';

/** Deflection: articles whose keywords match the case title, shown before the contact part of the form. */
export function SuggestedArticles({ title }: { title: string }) {
  const { t } = useTranslation('support');
  const deferred = useDeferredValue(title.slice(0, 500));
  const ids = useMemo(() => matchArticles(deferred, (id) => t(`articles.${id}.keywords`)), [deferred, t]);
  if (ids.length === 0) return null;
  return (
    <Box
      component="section"
      aria-labelledby="support-suggestions"
      sx={{ bgcolor: 'action.hover', p: 2, borderRadius: 1 }}
    >
      <Typography id="support-suggestions" variant="h3" sx={{ fontSize: '1.1rem' }}>
        {t('form.suggestions')}
      </Typography>
      <Typography variant="body2">{t('form.suggestionsIntro')}</Typography>
      <ArticleList ids={ids} />
    </Box>
  );
}
