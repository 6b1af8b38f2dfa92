import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail, optionalNameSchema } from '@/api/schemas/common';
import { describeError } from '@/lib/errors';
import { userSearchQuery, useUserSearch } from '../../api/search-users';
import type { ChosenUser } from '../../model/wizard-draft';
import { useAddAdminDraft, type AddAdminDraft } from '../../stores/add-admin-draft';
import type { WizardFieldErrors } from './grant-error';
import { USER_FIELD_ID, UserSearchField } from './user-search-field';

/** i18n key (under common:) of what is wrong with an optional name, if anything. */
export function nameIssue(value: string): string | undefined {
  const r = optionalNameSchema.safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** Step 1 is complete: someone is chosen and, for a new user, the optional names are valid. */
export function isChooseUserComplete(d: Pick<AddAdminDraft, 'chosen' | 'firstName' | 'lastName'>): boolean {
  if (d.chosen === null) return false;
  return d.chosen.kind !== 'new' || (!nameIssue(d.firstName) && !nameIssue(d.lastName));
}

const NO_OPTIONS: ChosenUser[] = [];
/** Ids of the name fields (a server's error on one of them brings the focus there). */
const NAME_FIELD_IDS = { firstName: 'add-admin-first-name', lastName: 'add-admin-last-name' } as const;
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The typed query once it has stopped changing for SEARCH_DEBOUNCE_MS, and the one before it. The timer is
 * armed by the store change itself (in the input event, before React renders the keystroke), and the request
 * starts the moment it fires; the render that follows runs while the request is on its way.
 */
function useDebouncedQuery(): { current: string; previous: string } {
  const queryClient = useQueryClient();
  const [debounced, setDebounced] = useState(() => ({
    current: useAddAdminDraft.getState().query.trim(),
    previous: '',
  }));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useAddAdminDraft.subscribe((s, before) => {
      if (s.query === before.query) return;
      clearTimeout(timer);
      const q = s.query.trim();
      timer = setTimeout(() => {
        if (q && useAddAdminDraft.getState().chosen === null)
          void queryClient.prefetchQuery(userSearchQuery(q));
        setDebounced((d) => (d.current === q ? d : { current: q, previous: d.current }));
      }, SEARCH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [queryClient]);
  return debounced;
}

/**
 * Step 1: `Email or username` and what it finds. The query, its debounced value and the search results live
 * here (not in the dialog): a keystroke or a result re-renders this step only, never the whole wizard.
 */
export function ChooseUserStep({
  autoFocus,
  serverErrors,
  onNext,
}: {
  autoFocus: boolean;
  /** Enter in `Email or username` once someone is chosen: as the Next button. */
  onNext: () => void;
  /** What the server said was wrong (after a Save that brought the wizard back here), under each field. */
  serverErrors: WizardFieldErrors;
}) {
  const { t } = useTranslation('addAdmin');
  const query = useAddAdminDraft((s) => s.query);
  const chosen = useAddAdminDraft((s) => s.chosen);
  const setQuery = useAddAdminDraft((s) => s.setQuery);
  const choose = useAddAdminDraft((s) => s.choose);

  const q = query.trim();
  const { current: debounced, previous } = useDebouncedQuery();
  // Refining a search keeps the previous results on screen until the new ones come (after a cleared field, no).
  const search = useUserSearch(debounced, chosen === null, previous !== '');
  const settled = debounced === q && !search.isFetching && !search.isPlaceholderData;
  // An emptied field shows no results, whatever the last search found.
  const found = q && debounced ? search.data : undefined;
  const results = found?.items;
  // Only the first page of what matches is listed: say so, and how to find the others.
  const resultsNote =
    chosen === null && found && found.total > found.items.length
      ? found.totalCapped
        ? t('searchMore.many', { shown: found.items.length })
        : t('searchMore.some', { shown: found.items.length, total: found.total })
      : undefined;
  const exact = useMemo(
    () => (results ?? []).some((u) => u.email.toLowerCase() === q.toLowerCase()),
    [results, q],
  );
  const newEmail =
    chosen === null && settled && search.isSuccess && isValidEmail(q) && !exact ? q.toLowerCase() : null;
  const emailInvalid = chosen === null && settled && q.includes('@') && !isValidEmail(q);
  const loading = chosen === null && q.length > 0 && !settled;
  // Same array while nothing it depends on changes: the combobox does not re-sync its highlight per keystroke.
  const options = useMemo<ChosenUser[]>(() => {
    if (chosen) return [chosen];
    const found: ChosenUser[] = (results ?? []).map((u) => ({
      kind: 'existing',
      id: u.id,
      name: u.name,
      email: u.email,
      idType: u.idType,
      ...(u.adminRoles ? { adminRoles: u.adminRoles } : {}),
    }));
    if (newEmail) found.push({ kind: 'new', email: newEmail });
    return found.length ? found : NO_OPTIONS;
  }, [chosen, results, newEmail]);

  // Nothing in the directory has this valid email: it becomes the new user to add.
  useEffect(() => {
    if (newEmail && !chosen) choose({ kind: 'new', email: newEmail });
  }, [newEmail, chosen, choose]);

  const onQueryChange = useCallback(
    (v: string, typed: boolean) => {
      setQuery(v);
      if (typed && useAddAdminDraft.getState().chosen) choose(null);
    },
    [setQuery, choose],
  );
  const newUserEmail = chosen?.kind === 'new' ? chosen.email : null;
  // Back here because of the server: the first field it named takes the focus (after the step's heading).
  useEffect(() => {
    const first = serverErrors.user
      ? USER_FIELD_ID
      : serverErrors.firstName
        ? NAME_FIELD_IDS.firstName
        : serverErrors.lastName
          ? NAME_FIELD_IDS.lastName
          : null;
    if (first) document.getElementById(first)?.focus();
  }, [serverErrors]);
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <UserSearchField
        autoFocus={autoFocus}
        query={query}
        chosen={chosen}
        options={options}
        loading={loading}
        error={emailInvalid ? t('common:validation.emailInvalid') : serverErrors.user}
        helperText={
          chosen?.kind === 'existing' ? `${chosen.email} · ${t(`common:idType.${chosen.idType}`)}` : undefined
        }
        resultsNote={resultsNote}
        onQueryChange={onQueryChange}
        onChoose={choose}
        onEnterClosed={onNext}
      />
      {search.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void search.refetch()}>
              {t('common:retry')}
            </Button>
          }
        >
          {t('user.searchFailed')} {describeError(search.error, t)}
        </Alert>
      ) : null}
      {newUserEmail ? (
        <NewUserNames
          email={newUserEmail}
          firstNameError={serverErrors.firstName}
          lastNameError={serverErrors.lastName}
        />
      ) : null}
    </Stack>
  );
}

/** A new user's optional names: typing here re-renders these fields only. */
const NewUserNames = memo(function NewUserNames({
  email,
  firstNameError,
  lastNameError,
}: {
  email: string;
  firstNameError: string | undefined;
  lastNameError: string | undefined;
}) {
  const { t } = useTranslation('addAdmin');
  const firstName = useAddAdminDraft((s) => s.firstName);
  const lastName = useAddAdminDraft((s) => s.lastName);
  const setNames = useAddAdminDraft((s) => s.setNames);
  const firstIssue = nameIssue(firstName);
  const lastIssue = nameIssue(lastName);
  const firstMessage = firstIssue ? t(`common:${firstIssue}`) : firstNameError;
  const lastMessage = lastIssue ? t(`common:${lastIssue}`) : lastNameError;
  return (
    <>
      {/* A note, not an alarm: said politely when it appears. */}
      <Alert severity="info" role="status">
        {t('user.newUserNote', { email })}
      </Alert>
      <TextField
        id={NAME_FIELD_IDS.firstName}
        label={t('user.firstName')}
        value={firstName}
        onChange={(e) => setNames({ firstName: e.target.value })}
        error={Boolean(firstMessage)}
        helperText={firstMessage}
        autoComplete="off"
      />
      <TextField
        id={NAME_FIELD_IDS.lastName}
        label={t('user.lastName')}
        value={lastName}
        onChange={(e) => setNames({ lastName: e.target.value })}
        error={Boolean(lastMessage)}
        helperText={lastMessage}
        autoComplete="off"
      />
    </>
  );
});
