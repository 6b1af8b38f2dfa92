import { screen, waitFor, type ByRoleOptions, type waitForOptions } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Find a heading and check it gets the focus. Pages and wizard steps move the focus to their heading in an
 * effect, a render or more after the heading appears: waiting only for the heading races with that effect.
 */
export async function expectFocusedHeading(
  options: ByRoleOptions,
  waitOptions?: waitForOptions,
): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', options, waitOptions);
  await waitFor(() => expect(heading).toHaveFocus(), waitOptions);
  return heading;
}
