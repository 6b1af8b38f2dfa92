import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useTranslation } from 'react-i18next';
import { timeZoneSchema, type SupportTimeZone } from '@/api/schemas/support';
import { validationMessage } from '@/lib/field-errors';
import { VALIDATION_NS, fieldId } from './field-id';

interface Props {
  value: SupportTimeZone | '';
  error?: string;
  onChange: (z: SupportTimeZone) => void;
}

/** Customer time zone: Americas, EMEA, APAC (a radiogroup named by its label). */
export function TimeZoneField({ value, error, onChange }: Props) {
  const { t } = useTranslation('support');
  const errorId = `${fieldId('timeZone')}-error`;
  const labelId = `${fieldId('timeZone')}-label`;
  return (
    <FormControl error={!!error} sx={{ display: 'block' }}>
      <FormLabel id={labelId} component="span">
        {t('form.timeZone')}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        aria-required
        row
        value={value}
        onChange={(e) => {
          const parsed = timeZoneSchema.safeParse(e.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {timeZoneSchema.options.map((z, i) => (
          <FormControlLabel
            key={z}
            value={z}
            label={t(`form.timeZones.${z}`)}
            control={
              <Radio
                slotProps={{
                  input: {
                    id: i === 0 ? fieldId('timeZone') : undefined,
                    'aria-describedby': error ? errorId : undefined,
                  },
                }}
              />
            }
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{validationMessage(t, error, VALIDATION_NS)}</FormHelperText>}
    </FormControl>
  );
}
