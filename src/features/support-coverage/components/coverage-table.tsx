import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CoverageEntry } from '@/api/schemas/support-coverage';
import { addAdminUrl } from '@/lib/add-admin-link';

/** A product, or `Marketo Engage - <instance>` as the role picker names an instance. */
const nameOf = (e: CoverageEntry) => (e.instance ? `${e.productName} - ${e.instance.name}` : e.productName);

/**
 * One row per product and per Marketo Engage instance: who can open support cases for it. An entry nobody covers is
 * flagged `No Support administrator`, with a button that opens Add admin with the right support preselected.
 */
export function CoverageTable({ items }: { items: CoverageEntry[] }) {
  const { t } = useTranslation('supportCoverage');
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('table.caption')}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('table.product')}</TableCell>
            <TableCell scope="col">{t('table.admins')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((e) => {
            const name = nameOf(e);
            return (
              <TableRow key={e.instance ? `${e.productId}/${e.instance.id}` : e.productId}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 400, minWidth: 180 }}>
                  {name}
                </TableCell>
                <TableCell>
                  <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
                    {e.admins.length ? (
                      <Stack component="ul" spacing={0.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
                        {e.admins.map((a) => (
                          <li key={a.id}>
                            <RouterLinkText to={`/users/administrators/${encodeURIComponent(a.id)}`}>
                              {a.name}
                            </RouterLinkText>{' '}
                            <Typography component="span" variant="body2" color="text.secondary">
                              ({t(`roles.${a.role}`)}
                              {a.status === 'active' ? '' : ` · ${t(`common:status.${a.status}`)}`})
                            </Typography>
                          </li>
                        ))}
                      </Stack>
                    ) : null}
                    {e.covered ? null : (
                      <Stack
                        direction="row"
                        spacing={1}
                        useFlexGap
                        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                      >
                        <Chip size="small" color="warning" label={t('uncovered')} />
                        <Button
                          size="small"
                          variant="outlined"
                          component={RouterLink}
                          to={addAdminUrl(
                            e.instance ? { kind: 'instance', instanceId: e.instance.id } : { kind: 'basic' },
                          )}
                          aria-label={t('addFor', { name })}
                        >
                          {t('add')}
                        </Button>
                      </Stack>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function RouterLinkText({ to, children }: { to: string; children: string }) {
  return (
    <Typography component={RouterLink} to={to} variant="body2" color="primary">
      {children}
    </Typography>
  );
}
