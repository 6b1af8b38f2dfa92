import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, caseStatusFilterSchema, type CaseStatusFilter } from '@/api/schemas/support';

/** The status a URL asks for (`?status=`): one of the four, `open` (any but closed), or every case. */
export function statusFilterOf(v: string | null): CaseStatusFilter {
  const parsed = caseStatusFilterSchema.safeParse(v ?? '');
  return parsed.success ? parsed.data : '';
}

/** `Status`: All, Open (any but closed), then each status. */
export function StatusFilter({
  value,
  onChange,
}: {
  value: CaseStatusFilter;
  onChange: (v: CaseStatusFilter) => void;
}) {
  const { t } = useTranslation('support');
  return (
    <TextField
      select
      size="small"
      label={t('cases.statusFilter')}
      value={value}
      onChange={(e) => onChange(statusFilterOf(e.target.value))}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{t('cases.all')}</option>
      <option value="open">{t('cases.allOpen')}</option>
      {CASE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </TextField>
  );
}
