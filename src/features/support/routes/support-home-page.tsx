import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import { formatDate } from '@/i18n/i18n';
import { useCases } from '../api/get-cases';
import { ArticleList, ReadingList } from '../components/article-list';
import { CaseStatusChip } from '../components/case-status-chip';
import { PageHeading } from '@/components/page-heading';
import { LEARNING_RESOURCES, TOP_ARTICLES } from '../data/articles';

function OpenCases() {
  const { t } = useTranslation('support');
  const cases = useCases({ q: '', status: 'open', page: 1, pageSize: 5 });
  if (cases.isPending) return <LoadingState />;
  if (cases.isError) {
    return <ErrorState error={cases.error} what={t('cases.what')} onRetry={() => void cases.refetch()} />;
  }
  if (cases.data.items.length === 0) return <Typography>{t('home.noOpenCases')}</Typography>;
  return (
    <List disablePadding>
      {cases.data.items.map((c) => (
        <ListItem key={c.id} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Link component={RouterLink} to={`/support/cases/${c.id}`} sx={{ overflowWrap: 'anywhere' }}>
            {`${c.id} — ${c.title}`}
          </Link>
          <CaseStatusChip status={c.status} />
          <Typography variant="body2" color="text.secondary">
            {`${c.productName} · ${formatDate(c.createdAt)}`}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}

/** `/support`: open cases, the way to open a ticket, top articles and learning resources. */
export function SupportHomePage() {
  const { t } = useTranslation('support');
  return (
    <Box>
      <PageHeading>{t('title')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('home.intro')}</Typography>
      <Button component={RouterLink} to="/support/cases/new" variant="contained" sx={{ mb: 3 }}>
        {t('home.openTicket')}
      </Button>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <Paper
          component="section"
          aria-labelledby="support-open-cases"
          variant="outlined"
          sx={{ p: 2, gridColumn: { md: '1 / -1' } }}
        >
          <Typography id="support-open-cases" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('home.openCases')}
          </Typography>
          <OpenCases />
          <Link component={RouterLink} to="/support/cases">
            {t('home.allCases')}
          </Link>
        </Paper>
        <Paper component="section" aria-labelledby="support-top-articles" variant="outlined" sx={{ p: 2 }}>
          <Typography id="support-top-articles" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('home.topArticles')}
          </Typography>
          <ArticleList ids={TOP_ARTICLES} />
        </Paper>
        <Paper component="section" aria-labelledby="support-learning" variant="outlined" sx={{ p: 2 }}>
          <Typography id="support-learning" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('home.learning')}
          </Typography>
          <ReadingList
            items={LEARNING_RESOURCES.map((r) => ({
              key: r.id,
              title: t(`learning.${r.id}.title`),
              summary: t(`learning.${r.id}.summary`),
              href: r.url,
            }))}
          />
        </Paper>
      </Box>
    </Box>
  );
}
