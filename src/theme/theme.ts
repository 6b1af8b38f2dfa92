import { createTheme } from '@mui/material/styles';

/** The product name's colour in the top bar. */
export const brandColor = '#c9252d';

/**
 * One focus ring for every control (WCAG 2.2 focus appearance: a 2 px solid outline, offset 2 px,
 * in a colour with at least 3:1 contrast against white and the grey page background).
 */
export const focusRing = {
  outline: '2px solid #0a4fa3',
  outlineOffset: '2px',
} as const;

const focusVisible = { '&.Mui-focusVisible, &:focus-visible': focusRing };

/** Admin Console look: neutral greys, Adobe-like blue accents, AA contrast throughout. */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#0d66d0', dark: '#0a4fa3', contrastText: '#ffffff' },
    secondary: { main: '#4b4b4b' },
    error: { main: brandColor },
    success: { main: '#12805c' },
    warning: { main: '#b05a00' },
    background: { default: '#f5f5f5', paper: '#ffffff' },
    text: { primary: '#222222', secondary: '#4b4b4b' },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 700 },
    h2: { fontSize: '1.35rem', fontWeight: 700 },
    h3: { fontSize: '1.1rem', fontWeight: 700 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    // The browser's own controls (the list's checkboxes and sort buttons, native selects, plain links) get the same
    // ring. `:where` adds no specificity, so MUI's inputs, which show focus with their border, keep `outline: 0`.
    MuiCssBaseline: {
      styleOverrides: {
        ':where(a, button, input, select, textarea, summary, [tabindex]):focus-visible': focusRing,
      },
    },
    // Buttons, tabs, switches, checkboxes and menu items all render through ButtonBase: one ring for all of them.
    MuiButtonBase: { styleOverrides: { root: focusVisible } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiSwitch: {
      styleOverrides: {
        // The ring goes on the whole track, not on the thumb's ButtonBase (one ring, not two).
        root: {
          '&:has(.Mui-focusVisible)': { ...focusRing, borderRadius: 12 },
          '& .MuiSwitch-switchBase.Mui-focusVisible': { outline: 'none' },
        },
      },
    },
    MuiLink: {
      defaultProps: { underline: 'always' },
      styleOverrides: { root: { '&:focus-visible': focusRing } },
    },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 700 } } },
  },
});
