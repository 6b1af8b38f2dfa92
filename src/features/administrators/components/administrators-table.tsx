import { alpha, styled } from '@mui/material/styles';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Administrator, AdminSort, SortOrder } from '@/api/schemas/administrators';
import { shortLabelsOf } from '@/api/schemas/roles';
import { RoleTag } from './role-tag';
import { EmailText } from '@/components/email-text';

/** Status tag colours: Active green, Expired red (the invitation needs resending), Pending plain. */
const STATUS_CLASS: Record<Administrator['status'], string> = {
  active: ' success',
  pending: '',
  expired: ' error',
};

interface Props {
  rows: Administrator[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  /** The rows the viewer may remove, which alone get a checkbox; null: no checkbox column at all. */
  selectable: ReadonlySet<string> | null;
  sort: AdminSort;
  order: SortOrder;
  onSort: (column: AdminSort) => void;
}

/** A sortable column's header: a button that says the order it is in (`aria-sort` on the header cell). */
function SortHeader({
  column,
  label,
  sort,
  order,
  onSort,
  className,
}: {
  column: AdminSort;
  label: string;
  sort: AdminSort;
  order: SortOrder;
  onSort: (column: AdminSort) => void;
  className: string;
}) {
  const active = sort === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden className="sort-arrow">
          {active ? (order === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

/**
 * The landing screen's biggest part, so it is built light: native table elements, native checkboxes and plain
 * spans styled by this one component's stylesheet (the look of MUI's small Table, Checkbox, Link and Chip) instead
 * of ~15 styled MUI components per row, each with its own style work on every render.
 */
const Grid = styled('table')(({ theme }) => ({
  width: '100%',
  // Narrow screens scroll the table sideways rather than breaking names and emails letter by letter.
  minWidth: 760,
  borderCollapse: 'collapse',
  borderSpacing: 0,
  ...theme.typography.body2,
  '& th, & td': {
    padding: '6px 16px',
    textAlign: 'left',
    verticalAlign: 'middle',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  '& th': { fontWeight: 700, lineHeight: '1.5rem', color: theme.palette.text.primary },
  '& td': { color: theme.palette.text.primary },
  '& .select': { width: 48, padding: '0 0 0 4px' },
  '& input[type="checkbox"]': {
    width: 18,
    height: 18,
    margin: '8px 11px',
    accentColor: theme.palette.primary.main,
    cursor: 'pointer',
    verticalAlign: 'middle',
  },
  '& tbody tr:hover': { backgroundColor: theme.palette.action.hover },
  '& tbody tr[data-selected]': {
    backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity),
  },
  '& .name': { maxWidth: 280, overflowWrap: 'anywhere' },
  '& .email': { overflowWrap: 'break-word' },
  '& a': {
    color: theme.palette.primary.main,
    textDecorationColor: alpha(theme.palette.primary.main, 0.4),
    '&:hover': { textDecorationColor: 'inherit' },
  },
  '& .tags': { display: 'flex', flexWrap: 'wrap', gap: 4 },
  '& button.sort': {
    font: 'inherit',
    fontWeight: 700,
    color: 'inherit',
    background: 'none',
    border: 0,
    padding: '2px 4px',
    margin: '0 -4px',
    cursor: 'pointer',
    display: 'inline-flex',
    gap: 4,
    alignItems: 'center',
  },
  '& .sort-arrow': { fontSize: '0.7em', minWidth: '1em' },
  '& .tag': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    padding: '0 8px',
    borderRadius: 12,
    fontSize: '0.8125rem',
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    boxSizing: 'border-box',
    backgroundColor: theme.palette.action.selected,
  },
  '& .until': { color: theme.palette.text.secondary, whiteSpace: 'nowrap', alignSelf: 'center' },
  '& .tag.outlined': {
    backgroundColor: 'transparent',
    border: `1px solid ${theme.palette.grey[400]}`,
    padding: '0 7px',
  },
  '& .tag.success': { borderColor: theme.palette.success.main, color: theme.palette.success.dark },
  '& .tag.error': { borderColor: theme.palette.error.main, color: theme.palette.error.dark },
  // Phones: each row reads as a card (name and status, then email, then roles) instead of scrolling sideways. The
  // elements stay a table, so the rows, cells and column headers keep their roles; the ID type is on the admin's page.
  [theme.breakpoints.down('sm')]: {
    minWidth: 0,
    '&, & thead, & tbody': { display: 'block' },
    '& tr': {
      display: 'grid',
      gridTemplateColumns: '40px minmax(0, 1fr) auto',
      gridTemplateAreas: '"select name status" "select email email" "select roles roles"',
      alignItems: 'start',
      padding: '8px 0',
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
    '& th, & td': { display: 'block', padding: '2px 8px', border: 0 },
    '& .select': { gridArea: 'select', width: 40, padding: 0 },
    '& input[type="checkbox"]': { margin: '2px 11px' },
    '& .name': { gridArea: 'name', maxWidth: 'none', fontWeight: 500 },
    '& .email': { gridArea: 'email', color: theme.palette.text.secondary },
    '& .roles': { gridArea: 'roles', paddingTop: 4 },
    '& .status': { gridArea: 'status' },
    '& td.id-type': { display: 'none' },
    // The header row stays visible as one line of sort controls (select all, Name, Email, Status), so Tab meets them
    // where they are seen; the ID type and Admin roles headers, which sort nothing, stay for screen readers only.
    '& thead tr': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0 16px' },
    '& thead th.id-type, & thead th.roles': {
      position: 'absolute',
      width: 1,
      height: 1,
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      padding: 0,
    },
  },
}));

const Scroll = styled('div')({ width: '100%', overflowX: 'auto' });

/** The header checkbox: checked when every row is, mixed when some are (a DOM property, not an attribute). */
function SelectAll({
  count,
  total,
  label,
  onChange,
}: {
  count: number;
  total: number;
  label: string;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const mixed = count > 0 && count < total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={count > 0 && count === total}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** One row per administrator: select, Name (link), Email, ID type, Admin roles (short labels), Status. */
export const AdministratorsTable = memo(function AdministratorsTable({
  rows,
  selected,
  onSelect,
  selectable,
  sort,
  order,
  onSort,
}: Props) {
  const { t } = useTranslation('administrators');
  const ids = rows.map((r) => r.userId).filter((id) => selectable?.has(id));
  const count = ids.filter((id) => selected.has(id)).length;
  return (
    <Scroll>
      <Grid aria-label={t('table.caption')}>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="select">
                <SelectAll
                  count={count}
                  total={ids.length}
                  label={t('table.selectAll')}
                  onChange={(on) => onSelect(ids, on)}
                />
              </th>
            ) : null}
            <SortHeader column="name" className="name" label={t('table.name')} {...{ sort, order, onSort }} />
            <SortHeader
              column="email"
              className="email"
              label={t('table.email')}
              {...{ sort, order, onSort }}
            />
            <th scope="col" className="id-type">
              {t('table.idType')}
            </th>
            <th scope="col" className="roles">
              {t('table.roles')}
            </th>
            <SortHeader
              column="status"
              className="status"
              label={t('table.status')}
              {...{ sort, order, onSort }}
            />
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const on = selected.has(a.userId);
            return (
              <tr key={a.userId} data-selected={on || undefined}>
                {selectable ? (
                  <td className="select">
                    {selectable.has(a.userId) ? (
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={(e) => onSelect([a.userId], e.target.checked)}
                        aria-label={t('table.selectRow', { name: a.name })}
                      />
                    ) : null}
                  </td>
                ) : null}
                <td className="name">
                  <RouterLink to={`/users/administrators/${encodeURIComponent(a.userId)}`}>
                    {a.name}
                  </RouterLink>
                </td>
                <td className="email">
                  <EmailText email={a.email} />
                </td>
                <td className="id-type">{t(`common:idType.${a.idType}`)}</td>
                <td className="roles">
                  <span className="tags">
                    {shortLabelsOf(a.roles).map((l) => (
                      <RoleTag key={l} label={l} admin={a} />
                    ))}
                  </span>
                </td>
                <td className="status">
                  <span className={`tag outlined${STATUS_CLASS[a.status]}`}>
                    {t(`common:status.${a.status}`)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Grid>
    </Scroll>
  );
});
