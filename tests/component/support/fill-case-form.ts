import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Fill the case form as Amara (Basic support) with an Analytics case. */
export async function fillAnalyticsCase(user: UserEvent, overrides: { title?: string } = {}) {
  await user.selectOptions(
    await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 }),
    'Adobe Analytics',
  );
  await user.type(
    screen.getByRole('textbox', { name: /^Case title/ }),
    overrides.title ?? 'Report has no data',
  );
  await user.type(screen.getByRole('textbox', { name: /^Case description/ }), 'Empty since Monday.');
  await user.click(screen.getByRole('radio', { name: 'High' }));
  await user.type(screen.getByRole('textbox', { name: /^Business impact/ }), 'Revenue report late');
  await user.click(screen.getByRole('radio', { name: 'EMEA' }));
  await user.type(screen.getByRole('textbox', { name: /^Report suite/ }), 'acme-global');
}
