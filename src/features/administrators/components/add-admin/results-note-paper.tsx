import Box from '@mui/material/Box';
import Paper, { type PaperProps } from '@mui/material/Paper';
import { createContext, useContext, type MouseEvent } from 'react';

/** What the user search's popup says under its results (that they are the first of many), if anything. */
export const ResultsNoteContext = createContext<string | undefined>(undefined);

/** A click on the note keeps the focus in the field (as on MUI's own "No options" text). */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * The popup's surface (the combobox's `paper` slot): the results, then the note from ResultsNoteContext, outside the
 * listbox (it is no option) and announced politely when it appears or changes.
 */
export function ResultsNotePaper({ children, ref, ...props }: PaperProps) {
  const note = useContext(ResultsNoteContext);
  return (
    <Paper ref={ref} {...props}>
      {children}
      <Box
        role="status"
        onMouseDown={keepFocus}
        sx={{
          typography: 'body2',
          color: 'text.secondary',
          ...(note ? { px: 2, py: 1, borderTop: 1, borderColor: 'divider' } : {}),
        }}
      >
        {note}
      </Box>
    </Paper>
  );
}
