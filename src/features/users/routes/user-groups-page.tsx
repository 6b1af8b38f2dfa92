import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useUserGroups } from '@/api/catalog-queries';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { currentLanguage } from '@/i18n/i18n';

/** User groups: name and member count of each group (GET /api/user-groups). */
export function UserGroupsPage() {
  const { t } = useTranslation('users');
  const groups = useUserGroups();
  const number = new Intl.NumberFormat(currentLanguage() === 'fr' ? 'fr-FR' : 'en-US');

  let body;
  if (groups.isPending) body = <LoadingState />;
  else if (groups.isError)
    body = (
      <ErrorState error={groups.error} what={t('groups.listName')} onRetry={() => void groups.refetch()} />
    );
  else if (groups.data.length === 0)
    body = (
      <EmptyState title={t('groups.empty')}>
        <Typography>{t('groups.emptyHelp')}</Typography>
      </EmptyState>
    );
  else
    body = (
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('groups.table.caption')}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('groups.table.name')}</TableCell>
              <TableCell scope="col" align="right">
                {t('groups.table.members')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...groups.data]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((g) => (
                <TableRow key={g.id}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 400, overflowWrap: 'anywhere' }}>
                    {g.name}
                  </TableCell>
                  <TableCell align="right">{number.format(g.memberCount)}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </TableContainer>
    );

  return (
    <Box>
      <PageHeading>{t('groups.title')}</PageHeading>
      {body}
    </Box>
  );
}
