import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { articleUrl, type ArticleId } from '../data/articles';

/** A list of knowledge-base articles: title (link, new tab) and one-line summary. */
export function ArticleList({ ids }: { ids: readonly ArticleId[] }) {
  const { t } = useTranslation('support');
  return (
    <List dense disablePadding>
      {ids.map((id) => {
        const title = t(`articles.${id}.title`);
        return (
          <ListItem key={id} disableGutters sx={{ display: 'block' }}>
            <Link
              href={articleUrl(title)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('readArticle', { title })}
            >
              {title}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {t(`articles.${id}.summary`)}
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}
