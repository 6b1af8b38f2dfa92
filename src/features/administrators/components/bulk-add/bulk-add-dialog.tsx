import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '@/api/client';
import type { BulkGrantResponse, BulkGrantRow, BulkRowResult } from '@/api/schemas/bulk-grant';
import { csvFileName, downloadCsv } from '@/lib/csv';
import { describeError } from '@/lib/errors';
import { useBulkDryRun, useBulkGrant } from '../../api/bulk-grant';
import {
  CSV_COLUMNS,
  decodeUtf8,
  failedRowsCsv,
  parseBulkCsv,
  templateCsv,
  toBulkRow,
  type CsvProblem,
  type CsvRecord,
  type ParsedCsv,
} from '../../model/bulk-csv';
import { BulkResultTable } from './bulk-result-table';

/** What the dialog shows: nothing chosen yet, a file it cannot use, a checked file, the grant's outcome. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'reading' | 'checking' }
  | { kind: 'problem'; problem: CsvProblem; row?: number }
  | { kind: 'error'; message: string }
  | { kind: 'checked'; records: CsvRecord[]; rows: BulkGrantRow[]; result: BulkGrantResponse; key: string }
  | { kind: 'done'; records: CsvRecord[]; result: BulkGrantResponse };

/** A row's `Result`: `Ready`, `Granted`, or the reason in one sentence. */
function describeRow(r: BulkRowResult, t: TFunction): string {
  if (r.status === 'ready') return t('ready');
  if (r.status === 'granted') return t('granted');
  const role = r.role ? t(`common:roles.${r.role}`) : '';
  if (r.reason === 'duplicate-row') return t('reasons.duplicate-row', { row: Number(r.detail ?? 0) + 1 });
  if (r.reason === 'scope-missing') return t(`reasons.scope-missing.${r.role ?? 'product'}`);
  return t(`reasons.${r.reason ?? 'invalid-email'}`, { name: r.detail ?? '', role });
}

/**
 * Add admins from CSV: choose a file, every row is checked by the server (a dry run: nothing changes), the table
 * says `Ready` or why not, `Grant N admins` grants the ready rows in one idempotent request; then the rows that
 * failed can be downloaded, with the reason, to correct and upload again.
 */
export function BulkAddDialog({
  open,
  onClose,
  onExited,
}: {
  open: boolean;
  onClose: () => void;
  onExited: () => void;
}) {
  const { t } = useTranslation('bulkAdd');
  const titleId = useId();
  const fileId = useId();
  const helpId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [grantError, setGrantError] = useState<string | null>(null);
  const dryRun = useBulkDryRun();
  const grant = useBulkGrant();
  // The latest file wins: a slower check of a file chosen before is ignored.
  const attempt = useRef(0);

  const template = useMemo(() => {
    const csv = templateCsv({
      Email: t('example.email'),
      'First name': t('example.firstName'),
      'Last name': t('example.lastName'),
      'Admin roles': [t('common:roles.support'), t('common:roles.product')].join('; '),
      Products: 'Adobe Analytics',
      Support: [t('common:roles.basicSupport'), t('common:roles.productSupport')].join('; '),
      'Marketo Engage instances': t('addAdmin:roles.instanceOption', { name: 'Acme Production' }),
    });
    return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
  }, [t]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const mine = ++attempt.current;
    setGrantError(null);
    setStage({ kind: 'busy', what: 'reading' });
    const text = decodeUtf8(await file.arrayBuffer());
    if (mine !== attempt.current) return;
    const parsed: ParsedCsv = text === null ? { ok: false, problem: 'encoding' } : parseBulkCsv(text);
    if (!parsed.ok) {
      setStage({ kind: 'problem', problem: parsed.problem, ...(parsed.row ? { row: parsed.row } : {}) });
      return;
    }
    const rows = parsed.records.map(toBulkRow);
    setStage({ kind: 'busy', what: 'checking' });
    dryRun.mutate(
      { rows },
      {
        onSuccess: (result) => {
          if (mine !== attempt.current) return;
          setStage({ kind: 'checked', records: parsed.records, rows, result, key: newIdempotencyKey() });
        },
        onError: (err) => {
          if (mine !== attempt.current) return;
          setStage({ kind: 'error', message: `${t('problems.checkFailed')} ${describeError(err, t)}` });
        },
      },
    );
  };

  const onGrant = () => {
    if (stage.kind !== 'checked') return;
    const { records, rows, key } = stage;
    grant.mutate(
      { body: { rows }, idempotencyKey: key },
      {
        onSuccess: (result) => setStage({ kind: 'done', records, result }),
        onError: (err) => setGrantError(`${t('problems.grantFailed')} ${describeError(err, t)}`),
      },
    );
  };

  const failed =
    stage.kind === 'done'
      ? stage.result.rows
          .filter((r) => r.status === 'failed')
          .map((r) => ({ record: stage.records[r.row]!, result: describeRow(r, t) }))
      : [];
  const downloadFailed = () =>
    downloadCsv(failedRowsCsv(failed, t('table.result')), csvFileName(t('failedFileName'), new Date()));

  const shown = stage.kind === 'checked' || stage.kind === 'done' ? stage : null;
  const ready = stage.kind === 'checked' ? stage.result.ready : 0;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      disableRestoreFocus
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>{t('intro')}</Typography>
          <Typography variant="body2">
            {t('columns', { columns: CSV_COLUMNS.join(', ') })} {t('valuesHelp')}
          </Typography>
          <Box>
            <Link href={template} download={t('templateFileName')}>
              {t('template')}
            </Link>
          </Box>
          <Box>
            <Typography component="label" htmlFor={fileId} sx={{ display: 'block', fontWeight: 500 }}>
              {t('file')}
            </Typography>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={helpId}
              disabled={stage.kind === 'busy' || grant.isPending}
              onChange={(e) => void onFile(e)}
            />
            <Typography id={helpId} variant="body2" color="text.secondary">
              {t('fileHelp')}
            </Typography>
          </Box>
          {stage.kind === 'busy' ? (
            <Box role="status">
              <Typography variant="body2">{t(stage.what)}</Typography>
              <LinearProgress />
            </Box>
          ) : null}
          {stage.kind === 'problem' ? (
            <Alert severity="error" role="alert">
              {t(`problems.${stage.problem}`, { row: stage.row ?? 1 })}
            </Alert>
          ) : null}
          {stage.kind === 'error' ? (
            <Alert severity="error" role="alert">
              {stage.message}
            </Alert>
          ) : null}
          {grantError && stage.kind === 'checked' ? (
            <Alert severity="error" role="alert">
              {grantError}
            </Alert>
          ) : null}
          {/* Always there, so the outcome is announced when it appears. */}
          <Box role="status" aria-live="polite">
            {stage.kind === 'done' ? (
              <Alert severity="success">{t('sent', { count: stage.result.granted })}</Alert>
            ) : stage.kind === 'checked' ? (
              <Typography>
                {t('summary', { count: stage.result.rows.length, ready: stage.result.ready })}
              </Typography>
            ) : null}
          </Box>
          {stage.kind === 'done' && failed.length > 0 ? (
            <Box>
              <Button variant="outlined" onClick={downloadFailed}>
                {t('downloadFailed', { count: failed.length })}
              </Button>
            </Box>
          ) : null}
          {shown ? (
            <BulkResultTable
              key={shown.kind}
              records={shown.records}
              results={shown.result.rows}
              describe={(r) => describeRow(r, t)}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{stage.kind === 'done' ? t('common:close') : t('common:cancel')}</Button>
        {stage.kind === 'checked' ? (
          <Button variant="contained" disabled={ready === 0 || grant.isPending} onClick={onGrant}>
            {grant.isPending ? t('granting') : t('grant', { count: ready })}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
