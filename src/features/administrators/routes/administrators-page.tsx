import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { profilesQuery } from '@/api/catalog-queries';
import { findGrantViolation, grantPolicyOf } from '@/api/rules/grant-rules';
import type { AdminSort } from '@/api/schemas/administrators';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { SearchField } from '@/components/search-field';
import { TablePager } from '@/components/table-pager';
import { useSession } from '@/session/session-api';
import { permissionsOf } from '@/session/permissions';
import { useAdministrators } from '../api/get-administrators';
import { AdminListFilters } from '../components/admin-list-filters';
import { AdministratorsTable } from '../components/administrators-table';
import { BulkAddButton } from '../components/bulk-add/bulk-add-button';
import { useAddAdminDraft } from '../stores/add-admin-draft';
import { listParams, PAGE_SIZES } from './administrators-loader';
import { useAddRequest } from './use-add-request';
import { useDocumentTitle } from '@/lib/use-document-title';

const REMOVE_BLOCKED_ID = 'remove-admins-blocked';

/**
 * The row actions work on a selection: their code (confirm, request, messages) is fetched when the pointer or the
 * focus reaches the table, and comes at the latest with the first selected row. Until then `Remove admins` is the
 * same button, disabled.
 */
const loadRemoveAdmins = () => import('../components/remove-admins-button');
const loadResendInvitations = () => import('../components/resend-invitations-button');
const RemoveAdminsButton = lazy(() => loadRemoveAdmins().then((m) => ({ default: m.RemoveAdminsButton })));
const ResendInvitationsButton = lazy(() =>
  loadResendInvitations().then((m) => ({ default: m.ResendInvitationsButton })),
);
const prefetchRowActions = () => {
  void loadRemoveAdmins().catch(() => undefined);
  void loadResendInvitations().catch(() => undefined);
};
/** The wizard (Autocomplete, Stepper, role picker) is its own chunk: fetched on hover/focus/click of `Add admin`. */
const loadAddAdminDialog = () => import('../components/add-admin/add-admin-dialog');
const AddAdminDialog = lazy(() => loadAddAdminDialog().then((m) => ({ default: m.AddAdminDialog })));
const prefetchAddAdminDialog = () => void loadAddAdminDialog().catch(() => undefined);

/** Users › Administrators: who holds admin roles, search, paging, Add admin, Remove admins. */
export function AdministratorsPage() {
  const { t } = useTranslation('administrators');
  useDocumentTitle(t('title'));
  const { data: session } = useSession();
  const perms = permissionsOf(session);
  const [params, setParams] = useSearchParams();
  const query = listParams(params);
  const { q, page, pageSize, status, role } = query;
  const list = useAdministrators(query);
  const filtered = Boolean(q || status || role);
  // The heading counts every admin; while searching it reads the unfiltered first page (shared cache).
  const all = useAdministrators({ q: '', page: 1, pageSize });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const addRef = useRef<HTMLButtonElement>(null);
  const openWizard = useAddAdminDraft((s) => s.openWizard);
  // Mounted from the first time the wizard opens (or a reload restored an open draft), then kept for its transitions.
  const wizardOpen = useAddAdminDraft((s) => s.open);
  const [wizardUsed, setWizardUsed] = useState(wizardOpen);
  if (wizardOpen && !wizardUsed) setWizardUsed(true);
  useAddRequest(Boolean(session), perms.canAddAdmins);

  const update = (next: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next))
          if (v === null) p.delete(k);
          else p.set(k, v);
        return p;
      },
      { replace: true },
    );
  // A column's header sorts by it; again, the other way round. Kept in the URL, back on page 1.
  const sortBy = useCallback(
    (column: AdminSort) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          const current = (p.get('sort') ?? 'name') === column;
          const desc = current && p.get('order') !== 'desc';
          if (column === 'name') p.delete('sort');
          else p.set('sort', column);
          if (desc) p.set('order', 'desc');
          else p.delete('order');
          p.delete('page');
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  // Stable, so the memoized table skips the synchronous render a response causes (see `shown`).
  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected((prev) => {
        const s = new Set(prev);
        for (const id of ids)
          if (on) s.add(id);
          else s.delete(id);
        return s;
      }),
    [],
  );

  // The rows render in a transition (in slices, yielding to input) rather than in the synchronous render that the
  // response causes; meanwhile the previous page (or the loading state) stays. The heading's count goes with them.
  const shown = useDeferredValue(list.data);
  const total = useDeferredValue(all.data)?.total;
  const rows = shown?.items ?? [];
  // Said before anyone asks: nobody removes their own rights (the server refuses it, and so the org always keeps the
  // System administrator who is removing the others).
  const removeBlocked = session ? selected.has(session.user.id) : false;
  // Whom the viewer may remove, by the grant rules the server applies (removing needs the right to grant every
  // role): only those rows get a checkbox, and nobody removable means no checkboxes and no `Remove admins`.
  const actorRoles = session?.roles;
  const needsProfiles = Boolean(actorRoles) && grantPolicyOf(actorRoles ?? []).productIds !== 'all';
  const profiles = useQuery({ ...profilesQuery, enabled: perms.canAddAdmins && needsProfiles });
  const removable = useMemo(() => {
    if (!actorRoles || !perms.canAddAdmins) return null;
    const productOf = (profileId: string) => profiles.data?.find((p) => p.id === profileId)?.productId;
    const ids = (shown?.items ?? [])
      .filter((a) => !findGrantViolation(actorRoles, a.roles, productOf))
      .map((a) => a.userId);
    return ids.length ? new Set(ids) : null;
  }, [shown, actorRoles, perms.canAddAdmins, profiles.data]);
  const pendingSelected = rows
    .filter((r) => selected.has(r.userId) && r.status !== 'active')
    .map((r) => ({ userId: r.userId, name: r.name }));
  const removeAdminsIdle = (
    <Button variant="outlined" color="error" disabled>
      {t('removeAdmins')}
    </Button>
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h1" sx={{ flexGrow: 1 }}>
          {t('title')}
          {/* The count (with its space) is its own inline box: the title alone is what index.html paints before any
              script runs, and the same title painted again by React is no larger, so the page's largest paint stays
              that first one. */}
          {total === undefined ? null : (
            <Box component="span" sx={{ display: 'inline-block', whiteSpace: 'pre' }}>
              {` ${t('count', { count: total })}`}
            </Box>
          )}
        </Typography>
        {perms.isSystemAdmin ? (
          <Button component={RouterLink} to="/users/administrators/support-coverage">
            {t('supportCoverage')}
          </Button>
        ) : null}
        {perms.canAddAdmins ? (
          <>
            {removable ? (
              selected.size ? (
                <Suspense fallback={removeAdminsIdle}>
                  <RemoveAdminsButton
                    userIds={[...selected]}
                    onRemoved={() => setSelected(new Set())}
                    blockedBy={removeBlocked ? REMOVE_BLOCKED_ID : undefined}
                  />
                </Suspense>
              ) : (
                removeAdminsIdle
              )
            ) : null}
            {pendingSelected.length ? (
              <Suspense fallback={null}>
                <ResendInvitationsButton pending={pendingSelected} onDone={() => setSelected(new Set())} />
              </Suspense>
            ) : null}
            <BulkAddButton />
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
      {perms.canAddAdmins && removeBlocked ? (
        <Alert severity="info" id={REMOVE_BLOCKED_ID}>
          {t('remove.selfSelected')}
        </Alert>
      ) : null}
      <Paper
        variant="outlined"
        onPointerOver={removable ? prefetchRowActions : undefined}
        onFocus={removable ? prefetchRowActions : undefined}
      >
        <Stack
          direction="row"
          spacing={2}
          sx={{ p: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
          useFlexGap
        >
          <SearchField
            size="small"
            label={t('search')}
            helperText={t('searchHelp')}
            clearLabel={t('clearSearch')}
            value={q}
            onSearch={(next) => {
              if (next !== q) update({ q: next || null, page: null });
            }}
          />
          <AdminListFilters status={status} role={role} onChange={(f) => update({ ...f, page: null })} />
        </Stack>
        {list.isError && !list.data ? (
          <Box sx={{ px: 2 }}>
            <ErrorState error={list.error} what={t('listName')} onRetry={() => void list.refetch()} />
          </Box>
        ) : !shown ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          filtered ? (
            <EmptyState title={q ? t('noMatch', { q }) : t('filters.noMatch')}>
              <Typography>{t('noMatchHelp')}</Typography>
            </EmptyState>
          ) : (
            <EmptyState title={t('empty')}>
              {perms.canAddAdmins ? <Typography>{t('emptyHelp')}</Typography> : null}
            </EmptyState>
          )
        ) : (
          <>
            {list.isError ? (
              <Box sx={{ px: 2 }}>
                <ErrorState error={list.error} what={t('listName')} onRetry={() => void list.refetch()} />
              </Box>
            ) : null}
            <AdministratorsTable
              rows={rows}
              selected={selected}
              onSelect={select}
              selectable={removable}
              sort={query.sort ?? 'name'}
              order={query.order ?? 'asc'}
              onSort={sortBy}
            />
            <TablePager
              count={shown.total}
              page={page}
              pageSize={pageSize}
              pageSizes={PAGE_SIZES}
              onPageChange={(p) => update({ page: String(p) })}
              onPageSizeChange={(n) => update({ pageSize: String(n), page: null })}
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
