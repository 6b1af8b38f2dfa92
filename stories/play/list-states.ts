import { delay, http, HttpResponse } from 'msw';
import { expect, screen } from 'storybook/test';
import { label } from './i18n';

/**
 * Overrides of one handler (as `server.use` in a component test) for the loading and error states of a list:
 * its GET never answers, or answers a 500 problem. Everything else is the app's backend.
 */
export const neverAnswers = (path: string) => ({
  msw: { handlers: [http.get(path, () => delay('infinite'))] },
});

export const fails = (path: string) => ({
  msw: {
    handlers: [
      http.get(path, () =>
        HttpResponse.json(
          { status: 500, title: 'The server could not complete the request', code: 'server-error' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ],
  },
});

export async function expectLoading(): Promise<void> {
  await expect(await screen.findByText(label('loading'))).toBeInTheDocument();
}

export async function expectRetry(): Promise<void> {
  await expect(await screen.findByRole('button', { name: label('retry') })).toBeVisible();
}
