import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '@/app/providers';
import { RouteError } from '@/app/route-error';

function Broken(): never {
  throw new Error('Kaboom in the page');
}

describe('Route error boundary', () => {
  it('says the page stopped working and offers Reload and Report (copies the details)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup(); // before our clipboard: user-event installs its own
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const router = createMemoryRouter(
      [{ path: '/broken', element: <Broken />, errorElement: <RouteError /> }],
      {
        initialEntries: ['/broken?x=1'],
      },
    );
    render(
      <AppProviders client={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'This page stopped working' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Report' }));
    expect(await screen.findByText('Details copied to the clipboard.')).toBeInTheDocument();
    const details = JSON.parse(writeText.mock.calls[0]![0] as string) as {
      url: string;
      error: { message: string };
    };
    expect(details.url).toBe('/broken?x=1');
    expect(details.error.message).toBe('Kaboom in the page');
  });

  it('shows Page not found for unknown routes of the app', async () => {
    const router = createMemoryRouter([{ path: '/', element: <p>home</p>, errorElement: <RouteError /> }], {
      initialEntries: ['/nowhere'],
    });
    render(
      <AppProviders client={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Administrators' })).toHaveAttribute(
      'href',
      '/users/administrators',
    );
  });
});
