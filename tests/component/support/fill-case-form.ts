import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { emptyDraft, useCaseDraft } from '@/features/support/stores/case-draft-store';

/**
 * Click into a field and paste the text: one input event instead of one per character. Every keystroke
 * re-renders the whole form (and re-measures its autosizing text areas), which costs ~0.1 s each in jsdom;
 * typing itself is covered by the tests that type (suggestions, draft kept across a reload).
 */
async function enter(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Fill the case form as Amara (Basic support) with an Analytics case. */
export async function fillAnalyticsCase(user: UserEvent, overrides: { title?: string } = {}) {
  await user.selectOptions(
    await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 }),
    'Adobe Analytics',
  );
  await enter(
    user,
    screen.getByRole('textbox', { name: /^Case title/ }),
    overrides.title ?? 'Report has no data',
  );
  await enter(user, screen.getByRole('textbox', { name: /^Case description/ }), 'Empty since Monday.');
  await user.click(screen.getByRole('radio', { name: 'High' }));
  await enter(user, screen.getByRole('textbox', { name: /^Business impact/ }), 'Revenue report late');
  await user.click(screen.getByRole('radio', { name: 'EMEA' }));
  await enter(user, screen.getByRole('textbox', { name: /^Report suite/ }), 'acme-global');
}

/**
 * The same Analytics case as `fillAnalyticsCase`, arranged as a draft Amara saved (the form restores it), for the
 * tests whose subject is what happens after Submit; filling the form by hand is covered by the tests that do it.
 */
export function arrangeAnalyticsDraft() {
  useCaseDraft.setState({
    ownerId: 'u-amara-okafor',
    draft: {
      ...emptyDraft,
      productId: 'analytics',
      title: 'Report has no data',
      description: 'Empty since Monday.',
      priority: 'high',
      businessImpact: 'Revenue report late',
      timeZone: 'emea',
      productFields: { reportSuite: 'acme-global' },
    },
  });
}
