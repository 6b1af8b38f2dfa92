import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notifier';
import { SCENARIO_NAMES, type MockState, type ScenarioName } from '../api/mock-http';
import { useUpdateSettings } from '../api/update-settings';
import { SelectField } from './select-field';

const isScenario = (v: string): v is ScenarioName => (SCENARIO_NAMES as readonly string[]).includes(v);

/** default, slow-network, server-errors, failing-saves, empty-org, mid-size-org, large-org. */
export function ScenarioField({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const notify = useNotify();
  const update = useUpdateSettings();
  return (
    <SelectField
      id="prototype-scenario"
      label={t('scenario')}
      value={state.scenario}
      disabled={update.isPending}
      onChange={(v) => {
        if (!isScenario(v)) return;
        update.mutate(
          { scenario: v },
          {
            onSuccess: () => notify(t('scenarioChanged', { name: t(`scenarios.${v}`) }), 'info'),
            onError: (e) => notify(e.message, 'error'),
          },
        );
      }}
    >
      {SCENARIO_NAMES.map((s) => (
        <option key={s} value={s}>
          {t(`scenarios.${s}`)}
        </option>
      ))}
    </SelectField>
  );
}
