import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { prioritySchema, type Priority } from '@/api/schemas/support';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePager } from '@/components/table-pager';
import { useOrgCases, useRequestors } from '../api/get-org-cases';
import { useSupportProducts } from '../api/get-support-products';
import { CasesTable } from '../components/cases-table';
import { DownloadCasesButton } from '../components/download-cases-button';
import { StatusFilter, statusFilterOf } from '../components/status-filter';

const PAGE_SIZES = [10, 20, 50];

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 160 }}
    >
      {children}
    </TextField>
  );
}

/**
 * `/support/org-cases`: every case of the organisation the person's support role covers (Basic: every product but
 * Marketo Engage; Product support: their instances), their own included. Filters Status, Product, Priority and
 * Requestor and the page live in the URL; `Download cases` exports what the filters match.
 */
export function OrgCasesPage() {
  const { t } = useTranslation('support');
  const [params, setParams] = useSearchParams();
  const status = statusFilterOf(params.get('status'));
  const product = (params.get('product') ?? '').slice(0, 100);
  const parsedPriority = prioritySchema.safeParse(params.get('priority'));
  const priority: Priority | '' = parsedPriority.success ? parsedPriority.data : '';
  const requestor = (params.get('requestor') ?? '').slice(0, 100);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 10;
  const filters = { q: '', status, product, priority, requestor };
  const cases = useOrgCases({ ...filters, page, pageSize });
  const products = useSupportProducts();
  const requestors = useRequestors();

  const patch = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const filtered = Boolean(status || product || priority || requestor);

  return (
    <Box>
      <PageHeading>{t('orgCases.title')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('orgCases.intro')}</Typography>
      <Box
        role="search"
        aria-label={t('orgCases.filters')}
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2, alignItems: 'center' }}
      >
        <StatusFilter value={status} onChange={(v) => patch({ status: v, page: '' })} />
        <Select label={t('cases.product')} value={product} onChange={(v) => patch({ product: v, page: '' })}>
          <option value="">{t('cases.all')}</option>
          {(products.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select
          label={t('cases.priority')}
          value={priority}
          onChange={(v) => patch({ priority: v, page: '' })}
        >
          <option value="">{t('cases.all')}</option>
          {prioritySchema.options.map((p) => (
            <option key={p} value={p}>
              {t(`form.priorities.${p}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('cases.requestor')}
          value={requestor}
          onChange={(v) => patch({ requestor: v, page: '' })}
        >
          <option value="">{t('cases.all')}</option>
          {(requestors.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
        <DownloadCasesButton filters={filters} disabled={!cases.data || cases.data.total === 0} />
      </Box>
      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorState error={cases.error} what={t('orgCases.what')} onRetry={() => void cases.refetch()} />
      ) : cases.data.total === 0 ? (
        <EmptyState title={filtered ? t('cases.noMatch') : t('orgCases.empty')} />
      ) : (
        <>
          <CasesTable cases={cases.data.items} label={t('orgCases.title')} showRequestor />
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
