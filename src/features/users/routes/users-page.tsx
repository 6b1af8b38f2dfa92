import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { useUsers } from '../api/get-users';
import { useListParams } from '../components/list-params';
import { SearchField } from '@/components/search-field';
import { UsersTable } from '../components/users-table';

/** Users: the organisation's directory, searched and paged by the server. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const [params, update] = useListParams();
  const users = useUsers(params);

  let body;
  if (users.isPending) body = <LoadingState />;
  else if (users.isError)
    body = <ErrorState error={users.error} what={t('users.listName')} onRetry={() => void users.refetch()} />;
  // A page past the end (an old link) still shows the pager, so the user can go back.
  else if (users.data.total === 0)
    body = params.q ? (
      <EmptyState title={t('users.noMatch', { q: params.q })}>
        <Typography>{t('users.noMatchHelp')}</Typography>
      </EmptyState>
    ) : (
      <EmptyState title={t('users.empty')}>
        <Typography>{t('users.emptyHelp')}</Typography>
      </EmptyState>
    );
  else
    body = (
      <UsersTable
        data={users.data}
        busy={users.isFetching}
        onPageChange={(page) => update({ page })}
        onPageSizeChange={(pageSize) => update({ pageSize, page: 1 })}
      />
    );

  return (
    <Box>
      <PageHeading>{t('users.title')}</PageHeading>
      <Box sx={{ mb: 2 }}>
        <SearchField
          label={t('users.search')}
          helperText={t('users.searchHelp')}
          clearLabel={t('users.clearSearch')}
          value={params.q}
          onSearch={(q) => {
            if (q !== params.q) update({ q, page: 1 });
          }}
        />
      </Box>
      <Box sx={{ height: 4, mb: 1 }}>
        {users.isFetching && !users.isPending && <LinearProgress aria-hidden />}
      </Box>
      {body}
    </Box>
  );
}
