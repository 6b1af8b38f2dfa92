import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { articleUrl, type ArticleId } from '../data/articles';

export interface ReadingItem {
  key: string;
  title: string;
  summary: string;
  href: string;
}

/** Reading links: title (link, new tab) and a one-line summary. */
export function ReadingList({ items }: { items: readonly ReadingItem[] }) {
  const { t } = useTranslation('support');
  return (
    <List dense disablePadding>
      {items.map((item) => (
        <ListItem key={item.key} disableGutters sx={{ display: 'block' }}>
          <Link
            href={item.href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('readArticle', { title: item.title })}
          >
            {item.title}
          </Link>
          <Typography variant="body2" color="text.secondary">
            {item.summary}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}

/** Knowledge-base articles by id. */
export function ArticleList({ ids }: { ids: readonly ArticleId[] }) {
  const { t } = useTranslation('support');
  const items = ids.map((id) => {
    const title = t(`articles.${id}.title`);
    return { key: id, title, summary: t(`articles.${id}.summary`), href: articleUrl(title) };
  });
  return <ReadingList items={items} />;
}
