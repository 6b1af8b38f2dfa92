import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_EVENTS } from '@/api/schemas/audit';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePager } from '@/components/table-pager';
import { useSession } from '@/session/session-api';
import { useAudit } from '../api/get-audit';
import { AuditTable } from '../components/audit-table';
import { ExportCsvButton } from '../components/export-csv-button';
import { auditRangeOf } from '../date-range';
import { useDocumentTitle } from '@/lib/use-document-title';

const PAGE_SIZES = [20, 50, 100];

/** Insights › Audit log: filter by event, person and a range of days (kept in the URL), paged, exportable. */
export function AuditLogPage() {
  const { t } = useTranslation('auditLog');
  useDocumentTitle(t('title'));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const eventParam = params.get('event') ?? '';
  const event = (AUDIT_EVENTS as readonly string[]).includes(eventParam) ? eventParam : '';
  const person = params.get('person') ?? '';
  const fromDay = params.get('from') ?? '';
  const toDay = params.get('to') ?? '';
  const range = auditRangeOf(fromDay, toDay);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const [personDraft, setPersonDraft] = useState(person);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const audit = useAudit({ event, person, from: range.from, to: range.to, page, pageSize });

  useEffect(() => headingRef.current?.focus(), []);

  const update = (next: Record<string, string | number | null>) => {
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v === null || v === '') p.delete(k);
          else p.set(k, String(v));
        }
        return p;
      },
      { replace: true },
    );
  };

  // Person search: applied 300 ms after the last keystroke.
  useEffect(() => {
    if (personDraft.trim() === person) return;
    const id = setTimeout(() => update({ person: personDraft.trim(), page: null }), 300);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [personDraft]);

  const filtered = Boolean(event || person || fromDay || toDay);
  const items = audit.data?.items ?? [];

  return (
    <Box sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography
          ref={headingRef}
          tabIndex={-1}
          variant="h1"
          sx={{ fontSize: '2rem', outline: 'none', flexGrow: 1 }}
        >
          {t('title')}
        </Typography>
        <ExportCsvButton
          filter={{ event, person, from: range.from, to: range.to }}
          disabled={!audit.data || audit.data.total === 0}
        />
      </Box>
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>
        {t('intro', { org: session?.org.name ?? '' })}
      </Typography>
      <Box role="search" aria-label={t('filters')} sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('event')}
          value={event}
          onChange={(e) => update({ event: e.target.value, page: null })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 240 }}
        >
          <option value="">{t('allEvents')}</option>
          {AUDIT_EVENTS.map((ev) => (
            <option key={ev} value={ev}>
              {t(`events.${ev}`)}
            </option>
          ))}
        </TextField>
        <TextField
          size="small"
          type="search"
          label={t('person')}
          value={personDraft}
          onChange={(e) => setPersonDraft(e.target.value)}
          helperText={t('personHelp')}
          slotProps={{ htmlInput: { maxLength: 200 } }}
          sx={{ minWidth: 280 }}
        />
        {(['from', 'to'] as const).map((k) => {
          const error = range.errors[k];
          return (
            <TextField
              key={k}
              size="small"
              type="date"
              label={t(`range.${k}`)}
              value={k === 'from' ? fromDay : toDay}
              onChange={(e) => update({ [k]: e.target.value, page: null })}
              error={Boolean(error)}
              helperText={error ? t(`range.${error}`) : undefined}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          );
        })}
      </Box>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} what={t('what')} onRetry={() => void audit.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={filtered ? t('emptyFiltered') : t('empty')}>
          {filtered && (
            <Button
              onClick={() => {
                setPersonDraft('');
                update({ event: null, person: null, from: null, to: null, page: null });
              }}
            >
              {t('clearFilters')}
            </Button>
          )}
        </EmptyState>
      ) : (
        <Paper variant="outlined" aria-busy={audit.isFetching}>
          <AuditTable entries={items} />
          <TablePager
            count={audit.data.total}
            page={page}
            pageSize={pageSize}
            pageSizes={PAGE_SIZES}
            onPageChange={(p) => update({ page: p })}
            onPageSizeChange={(n) => update({ pageSize: String(n), page: null })}
          />
        </Paper>
      )}
    </Box>
  );
}
