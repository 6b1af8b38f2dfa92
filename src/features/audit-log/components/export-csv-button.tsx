import Download from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_EVENTS } from '@/api/schemas/audit';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { getAllAudit } from '../api/get-audit';
import { downloadCsv } from '@/lib/csv';
import type { AuditParams } from '@/api/query-keys';
import { useCatalogueNames } from '../api/use-catalogue-names';
import { auditCsvFileName, buildAuditCsv } from '../audit-csv';
import { describeDetail, describeObject } from '../audit-text';

/** `Export CSV`: downloads every entry matching the current filters. */
export function ExportCsvButton({
  filter,
  disabled,
}: {
  filter: Pick<AuditParams, 'event' | 'person' | 'from' | 'to'>;
  disabled: boolean;
}) {
  const { t } = useTranslation('auditLog');
  const names = useCatalogueNames();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const entries = await getAllAudit(filter);
      const csv = buildAuditCsv(entries, {
        headers: [
          t('columns.date'),
          t('columns.event'),
          t('columns.detail'),
          t('columns.object'),
          t('columns.affectedUser'),
          t('columns.admin'),
        ],
        eventName: (e) => (AUDIT_EVENTS.includes(e) ? t(`events.${e}`) : e),
        detail: (e) => describeDetail(e.detail, names, t),
        object: (e) => describeObject(e.object, names, t),
      });
      downloadCsv(csv, auditCsvFileName(new Date()));
      notify(t('exported', { count: entries.length }));
    } catch (e) {
      notify(`${t('exportFailed')} ${describeError(e, t)}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      startIcon={<Download aria-hidden />}
      loading={busy}
      disabled={disabled}
      onClick={() => void run()}
    >
      {t('exportCsv')}
    </Button>
  );
}
