import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePager } from '@/components/table-pager';
import { useCases } from '../api/get-cases';
import { CasesTable } from '../components/cases-table';
import { StatusFilter, statusFilterOf } from '../components/status-filter';
import { PageHeading } from '@/components/page-heading';
import { useDebounced } from '../hooks/use-debounced';

const PAGE_SIZES = [10, 20, 50];

/** `/support/cases`: the person's cases with search, status filter and paging (all in the URL). */
export function MyCasesPage() {
  const { t } = useTranslation('support');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statusFilterOf(params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 10;
  const debouncedQ = useDebounced(q);
  const cases = useCases({ q: debouncedQ, status, page, pageSize });

  const patch = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  return (
    <Box>
      <PageHeading>{t('cases.title')}</PageHeading>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <TextField
          type="search"
          size="small"
          label={t('cases.search')}
          value={q}
          onChange={(e) => patch({ q: e.target.value.slice(0, 200), page: '' })}
        />
        <StatusFilter value={status} onChange={(v) => patch({ status: v, page: '' })} />
        <Button component={RouterLink} to="/support/cases/new" variant="contained">
          {t('nav.openTicket')}
        </Button>
      </Box>
      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorState error={cases.error} what={t('cases.what')} onRetry={() => void cases.refetch()} />
      ) : cases.data.total === 0 ? (
        <EmptyState title={debouncedQ || status ? t('cases.noMatch') : t('cases.empty')} />
      ) : (
        <>
          <CasesTable cases={cases.data.items} label={t('cases.title')} />
          <TablePager
            count={cases.data.total}
            page={page}
            pageSize={pageSize}
            pageSizes={PAGE_SIZES}
            onPageChange={(p) => patch({ page: String(p) })}
            onPageSizeChange={(n) => patch({ pageSize: String(n), page: '' })}
          />
        </>
      )}
    </Box>
  );
}
