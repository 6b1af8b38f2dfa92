import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePager } from '@/components/table-pager';
import { useEmails } from '../api/get-emails';
import { EmailBody } from '../components/email-body';
import { EmailList } from '../components/email-list';
import { useDocumentTitle } from '@/lib/use-document-title';

const PAGE_SIZES = [10, 20, 50];

/** The demo outbox: every email sent, newest first, with a reading pane. Filter and page live in the URL. */
export function MailboxPage() {
  const { t } = useTranslation('mailbox');
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const to = (params.get('to') ?? '').trim().toLowerCase();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 10;
  const [draft, setDraft] = useState(to);
  const [selectedId, setSelectedId] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emails = useEmails({ page, pageSize, to });

  useEffect(() => headingRef.current?.focus(), []);

  const update = (next: Record<string, string | number | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    setParams(p);
  };

  const onFilter = (e: FormEvent) => {
    e.preventDefault();
    update({ to: draft.trim().toLowerCase(), page: null });
  };

  const items = emails.data?.items ?? [];
  const selected = items.find((m) => m.id === selectedId) ?? items[0];

  return (
    <Box sx={{ p: 3 }}>
      <Typography ref={headingRef} tabIndex={-1} variant="h1" sx={{ fontSize: '2rem', outline: 'none' }}>
        {t('title')}
      </Typography>
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>{t('intro')}</Typography>
      <Box
        component="form"
        role="search"
        aria-label={t('filterRegion')}
        onSubmit={onFilter}
        sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}
      >
        <TextField
          size="small"
          label={t('filterLabel')}
          // A search, not an email field: part of an address (`camille`, `@partner.example`) is a valid filter.
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          slotProps={{
            htmlInput: { maxLength: 254, inputMode: 'email', autoComplete: 'off', spellCheck: false },
          }}
          sx={{ minWidth: 280 }}
        />
        <Button type="submit" variant="outlined">
          {t('filter')}
        </Button>
        {to && (
          <Button
            onClick={() => {
              setDraft('');
              update({ to: null, page: null });
            }}
          >
            {t('clearFilter')}
          </Button>
        )}
      </Box>
      {emails.isPending ? (
        <LoadingState />
      ) : emails.isError ? (
        <ErrorState error={emails.error} what={t('what')} onRetry={() => void emails.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={to ? t('emptyFiltered', { to }) : t('empty')}>
          <Typography>{t('emptyHelp')}</Typography>
        </EmptyState>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'minmax(260px, 1fr) 2fr' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <Paper variant="outlined">
            <EmailList emails={items} selectedId={selected?.id} onSelect={setSelectedId} />
            <TablePager
              count={emails.data.total}
              page={page}
              pageSize={pageSize}
              pageSizes={PAGE_SIZES}
              onPageChange={(p) => update({ page: p })}
              onPageSizeChange={(n) => update({ pageSize: String(n), page: null })}
            />
          </Paper>
          <Paper variant="outlined" sx={{ p: 3, minWidth: 0 }}>
            {selected ? <EmailBody email={selected} /> : <Typography>{t('selectHint')}</Typography>}
          </Paper>
        </Box>
      )}
    </Box>
  );
}
