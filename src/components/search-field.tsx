import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useEffect, useId, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchFieldProps {
  label: string;
  helperText: string;
  clearLabel: string;
  /** The query the list shows now (from the URL). */
  value: string;
  /** Called once typing pauses, on Enter, and on Clear. */
  onSearch: (q: string) => void;
  size?: 'small' | 'medium';
}

/**
 * List search box (Users, Administrators): debounced while typing, immediate on Enter, a Clear button; keeps what
 * was typed across re-renders. Built from the outlined input parts rather than TextField, which would bring
 * Select (and its Menu/Popover) into the first load.
 */
export function SearchField({
  label,
  helperText,
  clearLabel,
  value,
  onSearch,
  size = 'medium',
}: SearchFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const schedule = (next: string) => {
    setText(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onSearch(next.trim()), SEARCH_DEBOUNCE_MS);
  };
  const now = (next: string) => {
    window.clearTimeout(timer.current);
    onSearch(next.trim());
  };

  return (
    <FormControl size={size} sx={{ width: { xs: '100%', sm: 360 } }}>
      <InputLabel htmlFor={`${id}-input`}>{label}</InputLabel>
      <OutlinedInput
        id={`${id}-input`}
        type="search"
        label={label}
        value={text}
        onChange={(e) => schedule(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') now(text);
        }}
        inputProps={{ maxLength: 200, 'aria-describedby': `${id}-help` }}
        startAdornment={
          <InputAdornment position="start">
            <SearchIcon aria-hidden />
          </InputAdornment>
        }
        endAdornment={
          text ? (
            <InputAdornment position="end">
              <IconButton
                aria-label={clearLabel}
                size="small"
                onClick={() => {
                  setText('');
                  now('');
                }}
              >
                <ClearIcon fontSize="small" aria-hidden />
              </IconButton>
            </InputAdornment>
          ) : undefined
        }
      />
      <FormHelperText id={`${id}-help`}>{helperText}</FormHelperText>
    </FormControl>
  );
}
