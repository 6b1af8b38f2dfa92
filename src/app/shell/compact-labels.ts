/**
 * Where the top bar is short of room, its labels show as icons only but are still read by screen readers (the
 * accessible name of an icon-only control): on phones, and from `md` to `lg`, where the navigation shares the row.
 */
export const compactLabel = {
  position: { xs: 'absolute', sm: 'static', md: 'absolute', lg: 'static' },
  width: { xs: '1px', sm: 'auto', md: '1px', lg: 'auto' },
  height: { xs: '1px', sm: 'auto', md: '1px', lg: 'auto' },
  overflow: { xs: 'hidden', sm: 'visible', md: 'hidden', lg: 'visible' },
  clip: { xs: 'rect(0 0 0 0)', sm: 'auto', md: 'rect(0 0 0 0)', lg: 'auto' },
  whiteSpace: 'nowrap',
} as const;
/** The gap between a top-bar button's icon and its label, where the label shows. */
export const compactIconGap = { '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1, md: 0, lg: 1 } } } as const;
