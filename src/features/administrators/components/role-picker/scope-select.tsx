import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface ScopeOption {
  id: string;
  label: string;
}

interface Props {
  label: string;
  options: ScopeOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  loading?: boolean;
  /** Shown under the field (e.g. why it is required). */
  helperText?: string;
  error?: boolean;
}

/** Keyboard-accessible multi-select: a labelled combobox whose choices show as chips. */
export function ScopeSelect({ label, options, value, onChange, loading, helperText, error }: Props) {
  const { t } = useTranslation();
  const selected = value.map((id) => options.find((o) => o.id === id) ?? { id, label: id });
  return (
    <Autocomplete
      multiple
      disableCloseOnSelect
      options={options}
      value={selected}
      loading={loading ?? false}
      loadingText={t('loading')}
      noOptionsText={t('addAdmin:roles.noOptions')}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, next) => onChange(next.map((o) => o.id))}
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={helperText} error={error ?? false} size="small" />
      )}
    />
  );
}
