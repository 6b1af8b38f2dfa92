import { screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from '@tests/utils';

it('renders the first lazy screen without React Router’s “No HydrateFallback” warning', async () => {
  const warn = vi.spyOn(console, 'warn');
  await renderApp('/users/administrators');
  expect(await screen.findByRole('heading', { level: 1, name: /^Administrators/ })).toBeVisible();
  const messages = warn.mock.calls.map((args) => args.map(String).join(' '));
  expect(messages.filter((m) => m.includes('HydrateFallback'))).toEqual([]);
});
