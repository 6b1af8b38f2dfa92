import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface ScopeOption {
  id: string;
  /** The chip's text once chosen. */
  label: string;
  /**
   * More about the option, shown after its name in the list and given as its description (a Marketo Engage
   * instance's Munchkin ID): the option's name stays the contract's (`Marketo Engage - <instance>`).
   */
  detail?: string;
}

/** A chosen id the options do not name (yet): a skeleton while they load, never the raw id. */
interface Chosen extends ScopeOption {
  unknown?: boolean;
}

interface Props {
  label: string;
  options: ScopeOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  /** The options are not there yet (loading, or failed to load: the picker says so and offers Retry). */
  loading?: boolean;
  /** Shown under the field (e.g. why it is required). */
  helperText?: string;
  error?: boolean;
}

/** A chip's label wraps on a narrow screen instead of being cut ("Marketo Engage - Acme Sandbox", not "Marketo E…"). */
const wrappingChip = {
  height: 'auto',
  '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'anywhere', py: 0.25 },
} as const;

/** Typing filters on what the list shows: a Munchkin ID finds its instance. */
const filterOptions = createFilterOptions<Chosen>({
  stringify: (o) => (o.detail ? `${o.label} ${o.detail}` : o.label),
});

/** Keyboard-accessible multi-select: a labelled combobox whose choices show as chips. */
export function ScopeSelect({ label, options, value, onChange, loading, helperText, error }: Props) {
  const { t } = useTranslation();
  const selected = value.map<Chosen>(
    (id) => options.find((o) => o.id === id) ?? { id, label: '', unknown: true },
  );
  return (
    <Autocomplete<Chosen, true>
      multiple
      disableCloseOnSelect
      options={options}
      value={selected}
      loading={loading ?? false}
      loadingText={t('loading')}
      noOptionsText={t('addAdmin:roles.noOptions')}
      getOptionLabel={(o) => o.label}
      filterOptions={filterOptions}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props} aria-description={o.detail}>
          {o.label}
          {o.detail ? (
            // A flex item's leading space collapses: the gap before the dot is a no-break space.
            <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
              {`\u00a0· ${o.detail}`}
            </Box>
          ) : null}
        </li>
      )}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, next) => onChange(next.map((o) => o.id))}
      renderValue={(chosen, getItemProps) =>
        chosen.map((o, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          if (!o.unknown)
            return <Chip key={key} {...itemProps} size="small" label={o.label} sx={wrappingChip} />;
          // A restored draft names ids before the catalogue has arrived: a placeholder, then the name.
          return loading ? (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              aria-label={t('loading')}
              label={<Skeleton variant="text" width={72} aria-hidden />}
            />
          ) : (
            <Chip key={key} {...itemProps} size="small" label={t('addAdmin:roles.unknownOption')} />
          );
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={helperText} error={error ?? false} size="small" />
      )}
    />
  );
}
