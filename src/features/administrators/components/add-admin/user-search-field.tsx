import Autocomplete, { type AutocompleteRenderInputParams } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { memo, useCallback, type HTMLAttributes, type Key, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortLabelsOf } from '@/api/schemas/roles';
import type { ChosenUser } from '../../model/wizard-draft';
import { ResultsNoteContext, ResultsNotePaper } from './results-note-paper';
import { OfferAboveContext, SuggestionsPopper } from './suggestions-popper';

/** The combobox's id (a server's error on the user brings the focus to it). */
export const USER_FIELD_ID = 'add-admin-user';

interface Props {
  autoFocus: boolean;
  query: string;
  chosen: ChosenUser | null;
  options: ChosenUser[];
  loading: boolean;
  error: string | undefined;
  helperText: string | undefined;
  /** Said under the results when they are only the first of many: refine the search. */
  resultsNote: string | undefined;
  onQueryChange: (q: string, userTyped: boolean) => void;
  onChoose: (c: ChosenUser | null) => void;
  /** Enter while the suggestions are closed (as the Next button). */
  onEnterClosed: () => void;
}

const keyOf = (c: ChosenUser) => (c.kind === 'existing' ? c.id : `new:${c.email}`);
const labelOf = (o: ChosenUser) => (o.kind === 'existing' ? o.name : o.email);
const sameUser = (a: ChosenUser, b: ChosenUser) => keyOf(a) === keyOf(b);
/** Results come filtered from the server: not filtered again here. */
const asFound = (x: ChosenUser[]) => x;

/**
 * Each option is plain markup styled once from the listbox (no styled component per option): a result
 * list renders and re-renders (every keystroke) cheaply.
 */
const listboxSlotProps = {
  sx: {
    '& .MuiAutocomplete-option': { display: 'block' },
    '& .user-option-name': { display: 'block', typography: 'body1', fontWeight: 600 },
    '& .user-option-detail': { display: 'block', typography: 'body2', color: 'text.secondary' },
    '& .visually-hidden': {
      position: 'absolute',
      width: 1,
      height: 1,
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    },
    '& .user-option-roles': { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '4px' },
    '& .user-option-role': {
      typography: 'caption',
      padding: '0 8px',
      borderRadius: '10px',
      border: '1px solid',
      borderColor: 'divider',
      lineHeight: '20px',
    },
  },
} as const;
const slotProps = { listbox: listboxSlotProps };
const slots = { popper: SuggestionsPopper, paper: ResultsNotePaper };

/**
 * `Email or username`: a combobox over the server-side directory search. Memoised: it renders for a keystroke
 * or new results, not when the step re-renders for anything else (the debounce firing).
 */
export const UserSearchField = memo(function UserSearchField(p: Props) {
  const { t } = useTranslation('addAdmin');
  const { onChoose, onQueryChange, onEnterClosed, autoFocus, error, helperText } = p;
  // Enter picks the highlighted suggestion while the list is open (the combobox's own behaviour); once it is
  // closed, Enter moves on.
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const input = e.target as HTMLElement;
      if (e.key !== 'Enter' || input.getAttribute('aria-expanded') === 'true') return;
      e.preventDefault();
      onEnterClosed();
    },
    [onEnterClosed],
  );
  const renderOption = useCallback(
    (props: HTMLAttributes<HTMLLIElement> & { key: Key }, o: ChosenUser) => {
      const { key, ...rest } = props;
      return (
        <li key={key} {...rest}>
          {o.kind === 'existing' ? (
            <>
              <span className="user-option-name">{o.name}</span>
              <span className="user-option-detail">
                {o.email} · {t(`common:idType.${o.idType}`)}
              </span>
              {o.adminRoles?.length ? (
                <span className="user-option-roles">
                  <span className="visually-hidden">{t('user.holds')}</span>
                  {shortLabelsOf(o.adminRoles).map((l) => (
                    <span key={l} className="user-option-role">
                      {t(`common:roles.short.${l}`)}
                    </span>
                  ))}
                </span>
              ) : null}
            </>
          ) : (
            <span>{t('user.addNew', { email: o.email })}</span>
          )}
        </li>
      );
    },
    [t],
  );
  const renderInput = useCallback(
    (params: AutocompleteRenderInputParams) => (
      <TextField
        {...params}
        autoFocus={autoFocus}
        label={t('user.label')}
        error={Boolean(error)}
        helperText={error ?? helperText ?? t('user.help')}
        slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, maxLength: 254 } }}
      />
    ),
    [autoFocus, error, helperText, t],
  );
  const onlyOffer = p.options.length === 1 && p.options[0]?.kind === 'new';
  return (
    <ResultsNoteContext value={p.resultsNote}>
      <OfferAboveContext value={onlyOffer}>
        <Autocomplete<ChosenUser>
          id={USER_FIELD_ID}
          options={p.options}
          value={p.chosen}
          inputValue={p.query}
          onChange={(_, v) => onChoose(v)}
          onKeyDown={onKeyDown}
          onInputChange={(_, v, reason) => onQueryChange(v, reason === 'input' || reason === 'clear')}
          filterOptions={asFound}
          getOptionLabel={labelOf}
          getOptionKey={keyOf}
          isOptionEqualToValue={sameUser}
          autoHighlight
          clearOnBlur={false}
          handleHomeEndKeys={false}
          loading={p.loading}
          loadingText={t('user.searching')}
          noOptionsText={p.query.trim() ? t('user.noResults') : t('user.typeToSearch')}
          renderOption={renderOption}
          renderInput={renderInput}
          slotProps={slotProps}
          slots={slots}
        />
      </OfferAboveContext>
    </ResultsNoteContext>
  );
});
