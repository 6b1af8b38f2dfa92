import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '@/i18n/i18n';
import { SelectField } from './select-field';

/** English / Français (remembered across reloads). */
export function LanguageField() {
  const { t, i18n } = useTranslation('panel');
  const lng = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  return (
    <SelectField
      id="prototype-language"
      label={t('language')}
      value={lng}
      onChange={(v) => {
        if (isLanguage(v)) void changeLanguage(v);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`common:language.${l}`)}
        </option>
      ))}
    </SelectField>
  );
}
