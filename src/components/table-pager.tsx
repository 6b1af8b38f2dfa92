import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TablePagerProps {
  /** Rows in the whole list (all pages). */
  count: number;
  /** 1-based page shown now; clamped to the last page. */
  page: number;
  pageSize: number;
  /** Choices for "Rows per page"; without them the selector is not shown. */
  pageSizes?: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
}

/**
 * Paging under a table: "Rows per page", "1–20 of 10,000", previous/next — in the current language.
 * Same roles and names as MUI's TablePagination (`Rows per page` combobox, `Go to previous page` /
 * `Go to next page` buttons) without its Select/Menu/Popover/Tooltip/Popper code on the first load:
 * the selector is the browser's own `<select>`.
 */
export function TablePager({
  count,
  page,
  pageSize,
  pageSizes,
  onPageChange,
  onPageSizeChange,
}: TablePagerProps) {
  const { t, i18n } = useTranslation('common');
  const selectId = useId();
  const lastPage = Math.max(1, Math.ceil(count / pageSize));
  const current = Math.min(Math.max(1, page), lastPage);
  const number = new Intl.NumberFormat(i18n.language);
  const from = count === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(count, current * pageSize);
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        columnGap: 3,
        rowGap: 1,
        minHeight: 52,
        px: 2,
        py: 0.5,
        typography: 'body2',
      }}
    >
      {pageSizes && onPageSizeChange ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <label htmlFor={selectId}>{t('pagination.rowsPerPage')}</label>
          <Box
            component="select"
            id={selectId}
            value={pageSize}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => onPageSizeChange(Number(e.target.value))}
            sx={{
              font: 'inherit',
              color: 'text.primary',
              bgcolor: 'background.paper',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              px: 1,
              py: 0.5,
            }}
          >
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Box>
        </Box>
      ) : null}
      <Typography variant="body2" component="p" aria-live="polite" sx={{ m: 0 }}>
        {t('pagination.range', {
          from: number.format(from),
          to: number.format(to),
          count: number.format(count),
        })}
      </Typography>
      <Box>
        <IconButton
          aria-label={t('pagination.previous')}
          disabled={current <= 1}
          onClick={() => onPageChange(current - 1)}
        >
          <ChevronLeft aria-hidden />
        </IconButton>
        <IconButton
          aria-label={t('pagination.next')}
          disabled={current >= lastPage}
          onClick={() => onPageChange(current + 1)}
        >
          <ChevronRight aria-hidden />
        </IconButton>
      </Box>
    </Box>
  );
}
