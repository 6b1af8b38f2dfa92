import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { isMockRequest, mutates, startBackend } from './backend';

/**
 * The mock backend in the page, for browsers where service workers are unavailable (plain http on a LAN address,
 * some private windows, policies that block them): the same handlers and the same IndexedDB state, reached through
 * MSW's fetch interceptor. Loaded only then.
 */
export async function startInPageBackend(): Promise<{ recovered: boolean }> {
  const backend = await startBackend('in-page');
  const interceptor = new FetchInterceptor();
  interceptor.on('request', async ({ request, controller }) => {
    if (!isMockRequest(new URL(request.url), location.origin)) return;
    const response = await backend.answer(request);
    if (!response) return;
    if (mutates(request)) void backend.persist();
    controller.respondWith(response);
  });
  interceptor.apply();
  return { recovered: backend.takeRecovery() };
}
