import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { useImperativeHandle, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { emailSchema } from '@/api/schemas/common';
import { WATCHERS_MAX } from '@/api/schemas/support';

/** What the form asks of the field before it submits. */
export interface WatchersFieldHandle {
  /** Adds what is typed and returns the list; null (and focus on the field) when something typed cannot be added. */
  commit: () => string[] | null;
}

interface Props {
  id: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** A message key from the server or the form's check (support or common namespace). */
  error?: string;
  disabled?: boolean;
  ref?: Ref<WatchersFieldHandle>;
}

interface Message {
  key: string;
  email?: string;
}

/**
 * `Who else should we keep up to date? (Optional)`: email addresses typed and added on Enter, comma or leaving the
 * field, each checked with the shared email rule, none twice (any case), ten at most; added ones are listed with a
 * `Remove` button each. What cannot be added stays in the field with a message saying why.
 */
export function WatchersField({ id, value, onChange, error, disabled, ref }: Props) {
  const { t } = useTranslation('support');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<Message | null>(null);

  const add = (raw: string): string[] | null => {
    const tokens = raw.split(/[\s,;]+/).filter(Boolean);
    if (tokens.length === 0) {
      setMessage(null);
      return value;
    }
    const next = [...value];
    const kept: string[] = [];
    let problem: Message | null = null;
    for (const token of tokens) {
      const parsed = emailSchema.safeParse(token);
      if (!parsed.success) {
        problem ??= {
          key: `common:${parsed.error.issues[0]?.message ?? 'validation.emailInvalid'}`,
          email: token,
        };
        kept.push(token);
      } else if (next.includes(parsed.data)) {
        problem ??= { key: 'validation.watcherRepeated', email: token };
      } else if (next.length >= WATCHERS_MAX) {
        problem ??= { key: 'validation.watchersTooMany' };
        kept.push(token);
      } else {
        next.push(parsed.data);
      }
    }
    if (next.length !== value.length) onChange(next);
    setText(kept.join(', '));
    setMessage(problem);
    return kept.length === 0 ? next : null;
  };

  useImperativeHandle(ref, () => ({
    commit: () => {
      const list = add(text);
      if (!list) document.getElementById(id)?.focus();
      return list;
    },
  }));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',' || e.key === ';') {
      e.preventDefault();
      add(text);
    }
  };

  const shown = message
    ? message.email
      ? t('watchers.about', { email: message.email, message: t(message.key) })
      : t(message.key)
    : error
      ? t(error, { ns: ['support', 'common'] })
      : undefined;
  const listId = `${id}-list`;
  return (
    <Box>
      <TextField
        id={id}
        fullWidth
        disabled={disabled}
        label={t('watchers.label')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(text)}
        error={!!shown}
        helperText={shown ?? t('watchers.help', { max: WATCHERS_MAX })}
        slotProps={{
          htmlInput: {
            inputMode: 'email',
            autoComplete: 'off',
            spellCheck: false,
            'aria-describedby': [`${id}-helper-text`, value.length > 0 ? listId : '']
              .filter(Boolean)
              .join(' '),
          },
        }}
      />
      {value.length > 0 && (
        <Box
          component="ul"
          id={listId}
          aria-label={t('watchers.listLabel', { count: value.length })}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mt: 1 }}
        >
          {value.map((email) => (
            <Box component="li" key={email} sx={{ display: 'flex', alignItems: 'center' }}>
              <Chip label={email} variant="outlined" sx={{ maxWidth: '100%' }} />
              <IconButton
                size="small"
                disabled={disabled}
                aria-label={t('watchers.remove', { email })}
                onClick={() => onChange(value.filter((v) => v !== email))}
              >
                <CloseIcon fontSize="small" aria-hidden />
              </IconButton>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
