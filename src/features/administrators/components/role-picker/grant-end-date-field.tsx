import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endDateRange, grantEndDateSchema } from '@/api/schemas/grant-end-date';
import { formatDay } from '@/i18n/i18n';
import { useMockToday } from '../../api/get-mock-today';
import type { RoleDraft } from '../../model/role-draft';

/**
 * Why the draft's end date cannot be saved (an i18n key under `common:`), or null: the shared schema on the mock
 * clock's today. While today is unknown nothing is said (the backend checks it anyway).
 */
export function useGrantEndDateIssue(draft: RoleDraft): string | null {
  const today = useMockToday().data;
  if (draft.endDate === undefined || !today) return null;
  const parsed = grantEndDateSchema(today).safeParse(draft.endDate);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'grantEndDate.invalid');
}

interface Props {
  value: RoleDraft;
  onChange: (next: RoleDraft) => void;
  disabled?: boolean;
}

/** `Remove these rights on a date`, which reveals `End date` (tomorrow to one year ahead on the mock clock). */
export function GrantEndDateField({ value, onChange, disabled }: Props) {
  const { t } = useTranslation('common');
  const id = useId();
  const today = useMockToday().data;
  const issue = useGrantEndDateIssue(value);
  const [touched, setTouched] = useState(false);
  const on = value.endDate !== undefined;
  const range = today ? endDateRange(today) : null;
  // Said once the field was left or a date is in it: not while the person has only just ticked the box.
  const shown = (touched || Boolean(value.endDate)) && issue ? issue : null;
  const toggle = (checked: boolean) => {
    setTouched(false);
    const next = { ...value };
    if (checked) next.endDate = '';
    else delete next.endDate;
    onChange(next);
  };
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={<Checkbox checked={on} disabled={disabled} onChange={(_, checked) => toggle(checked)} />}
        label={t('grantEndDate.toggle')}
      />
      {on && (
        <TextField
          id={`${id}-end-date`}
          type="date"
          label={t('grantEndDate.label')}
          value={value.endDate ?? ''}
          onChange={(e) => onChange({ ...value, endDate: e.target.value })}
          onBlur={() => setTouched(true)}
          disabled={disabled}
          required
          error={Boolean(shown)}
          helperText={
            shown
              ? t(shown)
              : range
                ? t('grantEndDate.help', { min: formatDay(range.min), max: formatDay(range.max) })
                : ' '
          }
          sx={{ maxWidth: 280 }}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: range ? { min: range.min, max: range.max } : {},
          }}
        />
      )}
    </Stack>
  );
}
