import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { telHref } from '@/api/schemas/common';
import {
  CRITICAL_PHONE,
  prioritySchema,
  timeZoneSchema,
  type Priority,
  type SupportTimeZone,
} from '@/api/schemas/support';
import { validationMessage } from '@/lib/field-errors';
import { VALIDATION_NS, fieldId } from './field-id';

interface Props {
  value: Priority | '';
  timeZone: SupportTimeZone | '';
  error?: string;
  onChange: (p: Priority) => void;
}

/**
 * Priority radios (each with its one-line meaning); Critical shows the phone number for immediate help. The
 * radiogroup itself is named by the label (APG radio group pattern), not a fieldset around it.
 */
export function PriorityField({ value, timeZone, error, onChange }: Props) {
  const { t } = useTranslation('support');
  const errorId = `${fieldId('priority')}-error`;
  const labelId = `${fieldId('priority')}-label`;
  return (
    <FormControl error={!!error} sx={{ display: 'block' }}>
      <FormLabel id={labelId} component="span">
        {t('form.priority')}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        aria-required
        value={value}
        onChange={(e) => {
          const parsed = prioritySchema.safeParse(e.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {prioritySchema.options.map((p, i) => (
          <Box key={p} sx={{ my: 0.5 }}>
            <FormControlLabel
              value={p}
              label={t(`form.priorities.${p}`)}
              sx={{ '& .MuiFormControlLabel-label': { fontWeight: 600 } }}
              control={
                <Radio
                  slotProps={{
                    input: {
                      id: i === 0 ? fieldId('priority') : undefined,
                      'aria-describedby': [`priority-help-${p}`, error ? errorId : '']
                        .filter(Boolean)
                        .join(' '),
                    },
                  }}
                />
              }
            />
            <Typography
              id={`priority-help-${p}`}
              variant="body2"
              color="text.secondary"
              sx={{ ml: 4, mt: -1 }}
            >
              {t(`form.priorityHelp.${p}`)}
            </Typography>
          </Box>
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{validationMessage(t, error, VALIDATION_NS)}</FormHelperText>}
      {value === 'critical' && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {timeZone ? (
            <Trans
              t={t}
              i18nKey="form.criticalPhone"
              values={{ phone: CRITICAL_PHONE[timeZone], zone: t(`form.timeZones.${timeZone}`) }}
              components={{ phone: <Link href={telHref(CRITICAL_PHONE[timeZone])} /> }}
            />
          ) : (
            <>
              {t('form.criticalPhoneAll')}
              <ul style={{ margin: 0 }}>
                {timeZoneSchema.options.map((z) => (
                  <li key={z}>
                    <Trans
                      t={t}
                      i18nKey="form.phoneLine"
                      values={{ zone: t(`form.timeZones.${z}`), phone: CRITICAL_PHONE[z] }}
                      components={{ phone: <Link href={telHref(CRITICAL_PHONE[z])} /> }}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </FormControl>
  );
}
