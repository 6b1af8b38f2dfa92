import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  CRITICAL_PHONE,
  prioritySchema,
  timeZoneSchema,
  type Priority,
  type SupportTimeZone,
} from '@/api/schemas/support';
import { VALIDATION_NS, fieldId } from './field-id';

interface Props {
  value: Priority | '';
  timeZone: SupportTimeZone | '';
  error?: string;
  onChange: (p: Priority) => void;
}

/** Priority radios (each with its one-line meaning); Critical shows the phone number for immediate help. */
export function PriorityField({ value, timeZone, error, onChange }: Props) {
  const { t } = useTranslation('support');
  const errorId = `${fieldId('priority')}-error`;
  return (
    <FormControl component="fieldset" error={!!error} sx={{ display: 'block' }}>
      <FormLabel component="legend">{t('form.priority')}</FormLabel>
      <RadioGroup
        value={value}
        onChange={(e) => {
          const parsed = prioritySchema.safeParse(e.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {prioritySchema.options.map((p, i) => (
          <FormControlLabel
            key={p}
            value={p}
            sx={{ alignItems: 'flex-start', my: 0.5 }}
            control={
              <Radio
                sx={{ pt: 0.25 }}
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
            label={
              <>
                <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
                  {t(`form.priorities.${p}`)}
                </Typography>
                <Typography id={`priority-help-${p}`} component="span" variant="body2" color="text.secondary">
                  {t(`form.priorityHelp.${p}`)}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{t(error, { ns: VALIDATION_NS })}</FormHelperText>}
      {value === 'critical' && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {timeZone ? (
            t('form.criticalPhone', {
              phone: CRITICAL_PHONE[timeZone],
              zone: t(`form.timeZones.${timeZone}`),
            })
          ) : (
            <>
              {t('form.criticalPhoneAll')}
              <ul style={{ margin: 0 }}>
                {timeZoneSchema.options.map((z) => (
                  <li key={z}>
                    {t('form.phoneLine', { zone: t(`form.timeZones.${z}`), phone: CRITICAL_PHONE[z] })}
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
