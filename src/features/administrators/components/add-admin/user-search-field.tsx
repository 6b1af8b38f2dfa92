import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ChosenUser } from '../../stores/add-admin-draft';

interface Props {
  autoFocus: boolean;
  query: string;
  chosen: ChosenUser | null;
  options: ChosenUser[];
  loading: boolean;
  error: string | undefined;
  helperText: string | undefined;
  onQueryChange: (q: string, userTyped: boolean) => void;
  onChoose: (c: ChosenUser | null) => void;
}

const keyOf = (c: ChosenUser) => (c.kind === 'existing' ? c.id : `new:${c.email}`);

/** `Email or username`: a combobox over the server-side directory search (results are not filtered again here). */
export function UserSearchField(p: Props) {
  const { t } = useTranslation('addAdmin');
  return (
    <Autocomplete<ChosenUser>
      options={p.options}
      value={p.chosen}
      inputValue={p.query}
      onChange={(_, v) => p.onChoose(v)}
      onInputChange={(_, v, reason) => p.onQueryChange(v, reason === 'input' || reason === 'clear')}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (o.kind === 'existing' ? o.name : o.email)}
      getOptionKey={keyOf}
      isOptionEqualToValue={(a, b) => keyOf(a) === keyOf(b)}
      autoHighlight
      clearOnBlur={false}
      handleHomeEndKeys={false}
      loading={p.loading}
      loadingText={t('user.searching')}
      noOptionsText={p.query.trim() ? t('user.noResults') : t('user.typeToSearch')}
      renderOption={(props, o) => {
        const { key, ...rest } = props;
        return (
          <Box component="li" key={key} {...rest} sx={{ display: 'block !important' }}>
            {o.kind === 'existing' ? (
              <>
                <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
                  {o.name}
                </Typography>
                <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                  {o.email} · {t(`common:idType.${o.idType}`)}
                </Typography>
              </>
            ) : (
              <Typography component="span">{t('user.addNew', { email: o.email })}</Typography>
            )}
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={p.autoFocus}
          label={t('user.label')}
          error={Boolean(p.error)}
          helperText={p.error ?? p.helperText ?? t('user.help')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, maxLength: 254 } }}
        />
      )}
    />
  );
}
