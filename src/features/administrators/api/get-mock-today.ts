import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/api/query-keys';
import { dayOf } from '@/api/schemas/grant-end-date';
import { z } from '@/api/zod';

/** The mock backend's clock, where the prototype panel's clock controls read it too. */
const CLOCK_URL = '/__mock/state';
const clockSchema = z.object({ now: z.string() });

/** Today on the mock clock (a UTC day): end dates are checked against it, as the backend does. */
export async function getMockToday(signal?: AbortSignal): Promise<string> {
  const res = await fetch(CLOCK_URL, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  if (!res.ok) throw new Error(`The mock clock did not answer (${res.status})`);
  return dayOf(clockSchema.parse(await res.json()).now);
}

export const mockTodayQuery = queryOptions({
  queryKey: queryKeys.clock.today(),
  queryFn: ({ signal }) => getMockToday(signal),
});

export function useMockToday() {
  return useQuery(mockTodayQuery);
}
