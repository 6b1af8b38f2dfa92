import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { useSession } from '@/session/session-api';
import { permissionsOf } from '@/session/permissions';
import { useAdministrators } from '../api/get-administrators';
import { AdministratorsTable } from '../components/administrators-table';
import { RemoveAdminsButton } from '../components/remove-admins-button';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useAddAdminDraft } from '../stores/add-admin-draft';

const PAGE_SIZES = [10, 20, 50, 100];

/** The wizard (Autocomplete, Stepper, role picker) is its own chunk: fetched on hover/focus/click of `Add admin`. */
const loadAddAdminDialog = () => import('../components/add-admin/add-admin-dialog');
const AddAdminDialog = lazy(() => loadAddAdminDialog().then((m) => ({ default: m.AddAdminDialog })));
const prefetchAddAdminDialog = () => void loadAddAdminDialog().catch(() => undefined);

/** Users › Administrators: who holds admin roles, search, paging, Add admin, Remove admins. */
export function AdministratorsPage() {
  const { t } = useTranslation('administrators');
  const { data: session } = useSession();
  const perms = permissionsOf(session);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const list = useAdministrators({ q, page, pageSize });
  // The heading counts every admin; while searching it reads the unfiltered first page (shared cache).
  const all = useAdministrators({ q: '', page: 1, pageSize });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const addRef = useRef<HTMLButtonElement>(null);
  const openWizard = useAddAdminDraft((s) => s.openWizard);
  // Mounted from the first time the wizard opens (or a reload restored an open draft), then kept for its transitions.
  const wizardOpen = useAddAdminDraft((s) => s.open);
  const [wizardUsed, setWizardUsed] = useState(wizardOpen);
  if (wizardOpen && !wizardUsed) setWizardUsed(true);

  const update = (next: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) if (v === null) p.delete(k); else p.set(k, v);
        return p;
      },
      { replace: true },
    );
  const urlQ = params.get('q') ?? '';
  useEffect(() => {
    if (q !== urlQ) update({ q: q || null, page: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced search changes
  }, [q]);

  const select = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const s = new Set(prev);
      for (const id of ids) if (on) s.add(id); else s.delete(id);
      return s;
    });

  const total = all.data?.total;
  const rows = list.data?.items ?? [];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h1" sx={{ flexGrow: 1 }}>
          {total === undefined ? t('title') : t('titleWithCount', { count: total })}
        </Typography>
        {perms.canAddAdmins ? (
          <>
            <RemoveAdminsButton userIds={[...selected]} onRemoved={() => setSelected(new Set())} />
            <Button
              ref={addRef}
              variant="contained"
              onClick={openWizard}
              onMouseEnter={prefetchAddAdminDialog}
              onFocus={prefetchAddAdminDialog}
            >
              {t('addAdmin')}
            </Button>
          </>
        ) : null}
      </Stack>
      <Paper variant="outlined">
        <Box sx={{ p: 2 }}>
          <TextField
            type="search"
            size="small"
            label={t('search')}
            placeholder={t('searchHelp')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{
              htmlInput: { maxLength: 200 },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon aria-hidden />
                  </InputAdornment>
                ),
              },
            }}
            sx={{ width: { xs: '100%', sm: 360 } }}
          />
        </Box>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && !list.data ? (
          <Box sx={{ px: 2 }}>
            <ErrorState error={list.error} what={t('listName')} onRetry={() => void list.refetch()} />
          </Box>
        ) : rows.length === 0 ? (
          q ? (
            <EmptyState title={t('noMatch', { q })}>
              <Typography>{t('noMatchHelp')}</Typography>
            </EmptyState>
          ) : (
            <EmptyState title={t('empty')}>{perms.canAddAdmins ? <Typography>{t('emptyHelp')}</Typography> : null}</EmptyState>
          )
        ) : (
          <>
            {list.isError ? (
              <Box sx={{ px: 2 }}>
                <ErrorState error={list.error} what={t('listName')} onRetry={() => void list.refetch()} />
              </Box>
            ) : null}
            <AdministratorsTable rows={rows} selected={selected} onSelect={select} />
            <TablePagination
              component="div"
              count={list.data?.total ?? 0}
              page={Math.max(0, page - 1)}
              rowsPerPage={pageSize}
              rowsPerPageOptions={PAGE_SIZES}
              onPageChange={(_, p) => update({ page: String(p + 1) })}
              onRowsPerPageChange={(e) => update({ pageSize: e.target.value, page: null })}
              labelRowsPerPage={t('common:pagination.rowsPerPage')}
              labelDisplayedRows={({ from, to, count }) => t('common:pagination.range', { from, to, count })}
            />
          </>
        )}
      </Paper>
      {perms.canAddAdmins && wizardUsed ? (
        <Suspense fallback={null}>
          <AddAdminDialog policy={perms.grantPolicy} onExited={() => addRef.current?.focus()} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
