import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail, optionalNameSchema } from '@/api/schemas/common';
import { describeError } from '@/lib/errors';
import { useUserSearch } from '../../api/search-users';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useAddAdminDraft, type ChosenUser } from '../../stores/add-admin-draft';
import { UserSearchField } from './user-search-field';

/** i18n key (under common:) of what is wrong with an optional name, if anything. */
export function nameIssue(value: string): string | undefined {
  const r = optionalNameSchema.safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** Derived state of step 1: what can be chosen, and whether Next may proceed. */
export function useChooseUserState() {
  const { query, chosen, firstName, lastName } = useAddAdminDraft();
  const q = query.trim();
  const debounced = useDebouncedValue(q, 250);
  const search = useUserSearch(debounced, chosen === null);
  const settled = debounced === q && !search.isFetching;
  const results = search.data?.items ?? [];
  const exact = results.some((u) => u.email.toLowerCase() === q.toLowerCase());
  const newEmail = chosen === null && settled && search.isSuccess && isValidEmail(q) && !exact ? q.toLowerCase() : null;
  const emailInvalid = chosen === null && settled && q.includes('@') && !isValidEmail(q);
  const isNew = chosen?.kind === 'new';
  const namesOk = !isNew || (!nameIssue(firstName) && !nameIssue(lastName));
  const options: ChosenUser[] = chosen
    ? [chosen]
    : [
        ...results.map((u) => ({ kind: 'existing' as const, id: u.id, name: u.name, email: u.email, idType: u.idType })),
        ...(newEmail ? [{ kind: 'new' as const, email: newEmail }] : []),
      ];
  return {
    search,
    options,
    newEmail,
    emailInvalid,
    isNew,
    canProceed: chosen !== null && namesOk,
    loading: chosen === null && q.length > 0 && !settled,
  };
}

interface Props {
  autoFocus: boolean;
  state: ReturnType<typeof useChooseUserState>;
}

export function ChooseUserStep({ autoFocus, state }: Props) {
  const { t } = useTranslation('addAdmin');
  const { query, chosen, firstName, lastName, setQuery, choose, setNames } = useAddAdminDraft();
  const email = chosen?.kind === 'new' ? chosen.email : null;
  // Nothing in the directory has this valid email: it becomes the new user to add.
  useEffect(() => {
    if (state.newEmail && !chosen) choose({ kind: 'new', email: state.newEmail });
  }, [state.newEmail, chosen, choose]);
  const firstIssue = nameIssue(firstName);
  const lastIssue = nameIssue(lastName);
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <UserSearchField
        autoFocus={autoFocus}
        query={query}
        chosen={chosen}
        options={state.options}
        loading={state.loading}
        error={state.emailInvalid ? t('common:validation.emailInvalid') : undefined}
        helperText={
          chosen?.kind === 'existing' ? `${chosen.email} · ${t(`common:idType.${chosen.idType}`)}` : undefined
        }
        onQueryChange={(v, typed) => {
          setQuery(v);
          if (typed && chosen) choose(null);
        }}
        onChoose={choose}
      />
      {state.search.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void state.search.refetch()}>
              {t('common:retry')}
            </Button>
          }
        >
          {t('user.searchFailed')} {describeError(state.search.error, t)}
        </Alert>
      ) : null}
      {state.isNew && email ? (
        <>
          <Alert severity="info">{t('user.newUserNote', { email })}</Alert>
          <TextField
            label={t('user.firstName')}
            value={firstName}
            onChange={(e) => setNames({ firstName: e.target.value })}
            error={Boolean(firstIssue)}
            helperText={firstIssue ? t(`common:${firstIssue}`) : undefined}
            autoComplete="off"
          />
          <TextField
            label={t('user.lastName')}
            value={lastName}
            onChange={(e) => setNames({ lastName: e.target.value })}
            error={Boolean(lastIssue)}
            helperText={lastIssue ? t(`common:${lastIssue}`) : undefined}
            autoComplete="off"
          />
        </>
      ) : null}
    </Stack>
  );
}
