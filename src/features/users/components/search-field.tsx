import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchFieldProps {
  label: string;
  helperText: string;
  clearLabel: string;
  /** The query the list shows now (from the URL). */
  value: string;
  /** Called once typing pauses, on Enter, and on Clear. */
  onSearch: (q: string) => void;
}

/** Search box: debounced while typing, immediate on Enter; keeps what was typed across re-renders. */
export function SearchField({ label, helperText, clearLabel, value, onSearch }: SearchFieldProps) {
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
    <TextField
      type="search"
      label={label}
      helperText={helperText}
      value={text}
      onChange={(e) => schedule(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') now(text);
      }}
      sx={{ width: { xs: '100%', sm: 360 } }}
      slotProps={{
        htmlInput: { maxLength: 200 },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon aria-hidden />
            </InputAdornment>
          ),
          endAdornment: text ? (
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
          ) : undefined,
        },
      }}
    />
  );
}
